namespace CoopAssistant.Claims.Model;

/// <summary>A funds-at-risk alert to one administrator (storage entity): claimed before it is sent (the unique key keeps it to
/// once), marked sent after. A row claimed but never marked (a host died) is retried after its lease.</summary>
public sealed class FundAlert : ITenantOwned
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid FundId { get; set; }

    /// <summary>Which alert: "30d", "14d", "7d" before the claim deadline, or "end" (the usage period's end).</summary>
    public required string Milestone { get; set; }

    public required string RecipientObjectId { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
