namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>Users whose reminders are stopped (they blocked or removed the bot), with the reason.</summary>
public interface IReminderBlockList
{
    Task BlockAsync(string tenantId, string userObjectId, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Why the user is blocked, or null; a conversation reference updated after the block (the user came back) lifts it.</summary>
    Task<string?> FindAsync(string tenantId, string userObjectId, DateTimeOffset? conversationUpdatedAt, CancellationToken cancellationToken);
}
