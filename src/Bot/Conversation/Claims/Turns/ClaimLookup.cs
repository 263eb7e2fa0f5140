using CoopAssistant.Bot.Cards;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>The claim a command is about (and whether the card that asked was built from an older version), or the card to answer instead.</summary>
public sealed record ClaimLookup(ClaimView? Claim, bool IsStale, AdaptiveCard? Answer);
