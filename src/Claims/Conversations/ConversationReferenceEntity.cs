namespace CoopAssistant.Claims.Conversations;

/// <summary>Storage row for <see cref="ConversationReferenceRecord"/>.</summary>
public sealed class ConversationReferenceEntity
{
    public required string TenantId { get; set; }

    public required string UserAadObjectId { get; set; }

    public required string UserId { get; set; }

    public required string ConversationId { get; set; }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Stored exactly as received.")]
    public required string ServiceUrl { get; set; }

    public required string BotId { get; set; }

    public required string ChannelId { get; set; }

    public string? Locale { get; set; }

    public string? TimeZone { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
