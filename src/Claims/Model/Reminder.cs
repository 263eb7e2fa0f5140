namespace CoopAssistant.Claims.Model;

/// <summary>A reminder to send (storage entity). The scheduler leases, sends and marks rows.</summary>
public sealed class Reminder : ITenantOwned
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid ClaimId { get; set; }

    public ReminderKind Kind { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>The node that currently holds the lease, if any.</summary>
    public string? LeasedBy { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>Unique key so the same reminder is never created (or delivered) twice, e.g. "deadline:{claimId}:7d".</summary>
    public required string IdempotencyKey { get; set; }
}
