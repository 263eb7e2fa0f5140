namespace CoopAssistant.Claims.Conversations;

/// <summary>Storage row for <see cref="DigestChannelRecord"/>: one per tenant.</summary>
public sealed class DigestChannelEntity
{
    public required string TenantId { get; set; }

    public required string ConversationId { get; set; }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Stored exactly as received.")]
    public required string ServiceUrl { get; set; }

    public required string BotId { get; set; }

    public required string ChannelId { get; set; }

    public required string ConversationType { get; set; }

    public string? TeamId { get; set; }

    public string? Locale { get; set; }

    public required string ChosenByObjectId { get; set; }

    public DateTimeOffset ChosenAt { get; set; }
}
