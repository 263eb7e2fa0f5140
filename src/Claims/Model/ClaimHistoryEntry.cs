namespace CoopAssistant.Claims.Model;

/// <summary>One change of a claim (storage entity): who, when, what (<see cref="Action"/> and the field changes, old → new),
/// written by the claim unit of work in the same transaction as the change. <see cref="ClaimVersion"/> is the claim's version
/// after the change: one entry per version (unique), so a mutation writes exactly one.</summary>
public sealed class ClaimHistoryEntry : ITenantOwned
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid ClaimId { get; set; }

    public long ClaimVersion { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Entra object id of the person; null for CoopAssistant itself (e.g. expiry after the deadline).</summary>
    public string? ActorObjectId { get; set; }

    public string? ActorName { get; set; }

    public ClaimAction Action { get; set; }

    /// <summary>The field changes as JSON (<see cref="History.HistoryChange"/>[]), values in invariant form.</summary>
    public required string Changes { get; set; }

    /// <summary>Free text that came with the change (Partner Center's rejection reason, what was asked).</summary>
    public string? Note { get; set; }

    /// <summary>Where the change came from, when it came from an email (the Partner Center notification's link).</summary>
    public string? SourceLink { get; set; }

    /// <summary>When that email was received.</summary>
    public DateTimeOffset? SourceDate { get; set; }
}
