using CoopAssistant.Claims.Access;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>Who acts in this turn and where: the claims caller, the user's time zone and today there, the conversation and the channel user id (for card refresh).</summary>
public sealed record ClaimTurn(ClaimsCaller Caller, TimeZoneInfo TimeZone, DateOnly Today, string ConversationId, string? UserChannelId);
