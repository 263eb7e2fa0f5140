using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Claims.Model;

/// <summary>A co-op claim (storage entity). Use <see cref="Services.IClaimService"/> to read and change claims.</summary>
public sealed class Claim : ITenantOwned
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public required string OwnerObjectId { get; set; }

    public string? OwnerDisplayName { get; set; }

    public ClaimProgram Program { get; set; }

    public ActivityType ActivityType { get; set; }

    public required string Title { get; set; }

    public DateOnly UsageStart { get; set; }

    public DateOnly UsageEnd { get; set; }

    public DateOnly ActivityDate { get; set; }

    public decimal Amount { get; set; }

    public required string Currency { get; set; }

    public bool VendorsUsed { get; set; }

    public bool InHouseWork { get; set; }

    /// <summary>The activity promotes Surface devices (customer offers and on-site champ may then use all of the fund).</summary>
    public bool Surface { get; set; }

    public ClaimStatus Status { get; set; }

    /// <summary>The fund the claim draws on (same program, usage period within the fund's, same currency); null when none is recorded.</summary>
    public Guid? FundId { get; set; }

    /// <summary>The claim's number in Partner Center, when the person gave it.</summary>
    public string? PartnerCenterClaimId { get; set; }

    /// <summary>What Partner Center approved (may be less than <see cref="Amount"/>: a partial approval).</summary>
    public decimal? ApprovedAmount { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    /// <summary>Partner Center's reason for the rejection, as it gave it.</summary>
    public string? RejectionReason { get; set; }

    public DateOnly? RejectedOn { get; set; }

    public DateOnly? DisputedOn { get; set; }

    public decimal? PaidAmount { get; set; }

    public DateOnly? PaidOn { get; set; }

    /// <summary>Usage end + 45 days; stored so it can be indexed.</summary>
    public DateOnly Deadline { get; set; }

    /// <summary>Activity date + 24 months.</summary>
    public DateOnly RetentionEnd { get; set; }

    /// <summary>The next date the owner must act by (deadline, or the earliest open documentation request); stored for "my claims by urgency".</summary>
    public DateOnly UrgencyDate { get; set; }

    public ICollection<EvidenceItem> Evidence { get; } = new List<EvidenceItem>();

    public ICollection<DocumentationRequest> DocumentationRequests { get; } = new List<DocumentationRequest>();

    /// <summary>The claim's evidence review (findings, acceptances); null until the review first hears of the claim.</summary>
    public Findings.ClaimReview? Review { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency version, incremented on every change.</summary>
    public long Version { get; set; }

    /// <summary>Recomputes the stored derived dates from the claim's facts.</summary>
    public void RecomputeDerivedDates()
    {
        Deadline = ClaimDates.Deadline(UsageEnd);
        RetentionEnd = ClaimDates.RetentionEnd(ActivityDate);
        UrgencyDate = ClaimDates.UrgencyDate(Status, Deadline, DocumentationRequests.Where(r => r.ResolvedOn is null).Select(r => r.RespondBy));
    }
}
