namespace CoopAssistant.Claims.Conversations;

/// <summary>Storage row for <see cref="ConversationStateRecord"/>.</summary>
public sealed class ConversationStateEntity
{
    public required string ConversationId { get; set; }

    public required string Json { get; set; }

    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
