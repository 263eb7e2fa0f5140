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

    internal static ClaimView From(Claim c) => new(
        c.Id, c.TenantId, c.OwnerObjectId, c.OwnerDisplayName, c.Program, c.ActivityType, c.Title, c.UsageStart, c.UsageEnd,
        c.ActivityDate, c.Amount, c.Currency, c.VendorsUsed, c.InHouseWork, c.Status, c.Deadline, c.RetentionEnd, c.UrgencyDate,
        c.CreatedAt, c.UpdatedAt, c.Version,
        [.. c.Evidence.OrderBy(e => e.AddedAt).ThenBy(e => e.Id).Select(EvidenceView.From)],
        [.. c.DocumentationRequests.OrderBy(r => r.RequestedOn).ThenBy(r => r.Id).Select(DocumentationRequestView.From)])
    {
        Review = Findings.ClaimReviewView.From(c.Review),
    };
}
