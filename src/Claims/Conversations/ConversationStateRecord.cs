namespace CoopAssistant.Claims.Conversations;

/// <summary>Serialized conversation state (e.g. a form in progress) with its optimistic version.</summary>
public sealed record ConversationStateRecord(string ConversationId, string Json, long Version, DateTimeOffset UpdatedAt);
