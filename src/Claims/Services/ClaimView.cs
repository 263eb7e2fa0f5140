using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Claims.Services;

/// <summary>A claim with its evidence and documentation requests, as read (immutable; pass <see cref="Version"/> back when changing it).</summary>
public sealed record ClaimView(
    Guid Id,
    string TenantId,
    string OwnerObjectId,
    string? OwnerDisplayName,
    ClaimProgram Program,
    ActivityType ActivityType,
    string Title,
    DateOnly UsageStart,
    DateOnly UsageEnd,
    DateOnly ActivityDate,
    decimal Amount,
    string Currency,
    bool VendorsUsed,
    bool InHouseWork,
    ClaimStatus Status,
    DateOnly Deadline,
    DateOnly RetentionEnd,
    DateOnly UrgencyDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version,
    IReadOnlyList<EvidenceView> Evidence,
    IReadOnlyList<DocumentationRequestView> DocumentationRequests)
{
    public ChecklistResult Checklist => Rules.Checklist.Evaluate(VendorsUsed, InHouseWork, Evidence.Select(e => e.Kind));

    public IReadOnlyList<ClaimStatus> AllowedNextStatuses => ClaimLifecycle.AllowedTargets(Status);

    /// <summary>The claim's evidence review (findings with acceptances applied); null until the review first hears of the claim.</summary>
    public Findings.ClaimReviewView? Review { get; init; }
    public Guid? FundId { get; init; }

    public bool Surface { get; init; }

    public string? PartnerCenterClaimId { get; init; }

    public decimal? ApprovedAmount { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    public string? RejectionReason { get; init; }

    public DateOnly? RejectedOn { get; init; }

    public DateOnly? DisputedOn { get; init; }

    public decimal? PaidAmount { get; init; }

    public DateOnly? PaidOn { get; init; }

    /// <summary>The claim's fund with its balances and the checks of this claim against it (null when the claim has no fund, or
    /// the view was not read with it).</summary>
    public Funds.FundStanding? Fund { get; init; }

    internal static ClaimView From(Claim c) => new(
        c.Id, c.TenantId, c.OwnerObjectId, c.OwnerDisplayName, c.Program, c.ActivityType, c.Title, c.UsageStart, c.UsageEnd,
        c.ActivityDate, c.Amount, c.Currency, c.VendorsUsed, c.InHouseWork, c.Status, c.Deadline, c.RetentionEnd, c.UrgencyDate,
        c.CreatedAt, c.UpdatedAt, c.Version,
        [.. c.Evidence.OrderBy(e => e.AddedAt).ThenBy(e => e.Id).Select(EvidenceView.From)],
        [.. c.DocumentationRequests.OrderBy(r => r.RequestedOn).ThenBy(r => r.Id).Select(DocumentationRequestView.From)])
    {
        Review = Findings.ClaimReviewView.From(c.Review),
        FundId = c.FundId,
        Surface = c.Surface,
        PartnerCenterClaimId = c.PartnerCenterClaimId,
        ApprovedAmount = c.ApprovedAmount,
        ApprovedOn = c.ApprovedOn,
        RejectionReason = c.RejectionReason,
        RejectedOn = c.RejectedOn,
        DisputedOn = c.DisputedOn,
        PaidAmount = c.PaidAmount,
        PaidOn = c.PaidOn,
    };
}
