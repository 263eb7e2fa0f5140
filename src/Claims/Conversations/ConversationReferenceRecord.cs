namespace CoopAssistant.Claims.Conversations;

/// <summary>What the Bot needs to message a user proactively.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Contract: the service URL is kept exactly as the channel sent it.")]
public sealed record ConversationReferenceRecord(
    string TenantId,
    string UserAadObjectId,
    string UserId,
    string ConversationId,
    string ServiceUrl,
    string BotId,
    string ChannelId,
    string? Locale,
    string? TimeZone,
    DateTimeOffset UpdatedAt);
