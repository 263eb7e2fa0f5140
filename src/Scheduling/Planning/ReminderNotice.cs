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

    /// <summary>Partner Center rejected the claim and nothing happened for a few business days: dispute it?</summary>
    RejectionFollowUp = 6,

    /// <summary>A dispute was filed and no outcome is recorded after its review time.</summary>
    DisputeFollowUp = 7,

    /// <summary>Approved and not recorded as paid after the month it was due in.</summary>
    PaymentLate = 8,
}
