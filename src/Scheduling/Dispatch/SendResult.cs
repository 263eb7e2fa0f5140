namespace CoopAssistant.Scheduling.Dispatch;

public enum SendOutcome
{
    Sent = 0,

    /// <summary>The user blocked or removed the bot (403 MessageWritesBlocked): stop this user's reminders.</summary>
    Blocked = 1,

    /// <summary>No way to reach the user yet (no conversation reference): try again much later.</summary>
    Unreachable = 2,

    /// <summary>A transient failure after the sender's own retries (429, 5xx, network): try again later.</summary>
    Failed = 3,
}

public sealed record SendResult(SendOutcome Outcome, string? Reason = null)
{
    public static readonly SendResult Sent = new(SendOutcome.Sent);
}
