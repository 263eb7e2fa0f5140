namespace CoopAssistant.Scheduling.Planning;

/// <summary>What a reminder row announces (encoded in its idempotency key).</summary>
public enum ReminderNotice
{
    DeadlineApproaching = 0,
    DeadlineExpired = 1,
    DocumentationRequested = 2,
    DocumentationFollowUp = 3,
    RetentionEnding = 4,
    Snoozed = 5,
}
