using System.Globalization;
using CoopAssistant.Bot.AddIn.Evidence;
using CoopAssistant.Claims.Findings;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.AddIn.Claims;

/// <summary>The answer of <c>GET /api/addin/claims/{id}</c>: the claim's facts, its evidence by id (<see cref="AddInEvidence"/>: where
/// the host keeps a copy never leaves it) and its documentation requests.</summary>
public sealed record AddInClaimDetail(
    Guid Id,
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
    IReadOnlyList<AddInEvidence> Evidence,
    IReadOnlyList<DocumentationRequestView> DocumentationRequests)
{
    /// <summary>The evidence review of the documents added from Outlook (the add-in's own), in the caller's language; null
    /// before the review first heard of the claim.</summary>
    public AddInReview? Review { get; init; }

    /// <summary>The activity type's caps in the caller's language, as the claim card says them (<see cref="CapNotes"/>: a USD limit
    /// on a claim in another currency with the currency statement, a share of funds with no fund known as not checked).</summary>
    public IReadOnlyList<string> Caps { get; init; } = [];

    public static AddInClaimDetail From(ClaimView c, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            c.Id, c.OwnerDisplayName, c.Program, c.ActivityType, c.Title, c.UsageStart, c.UsageEnd, c.ActivityDate, c.Amount, c.Currency,
            c.VendorsUsed, c.InHouseWork, c.Status, c.Deadline, c.RetentionEnd, c.UrgencyDate, c.CreatedAt, c.UpdatedAt, c.Version,
            [.. c.Evidence.Select(AddInEvidence.From)], c.DocumentationRequests)
        {
            Review = AddInReview.From(c, culture),
            Caps = CapNotes.For(c.ActivityType, c.Currency, c.Fund is not null, culture),
        };
    }
}

/// <summary>Where the review stands (<see cref="ReviewState"/>: pending while it runs) and, per document the add-in added, its
/// card line: ✓ / ⚠ / ✗, the name and the most serious open finding (<see cref="ReviewTexts.DocumentLine(string, DocumentOutcome, IEnumerable{Finding}, CultureInfo)"/>).</summary>
public sealed record AddInReview(ReviewState State, IReadOnlyList<AddInReviewedDocument> Documents)
{
    public static AddInReview? From(ClaimView claim, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Review is not { } review)
        {
            return null;
        }

        var fromOutlook = claim.Evidence.Where(e => e.Source == EvidenceSource.Outlook).Select(e => e.Id).ToHashSet();
        return new AddInReview(
            review.State,
            [.. review.Documents.Where(d => fromOutlook.Contains(d.Id))
                .Select(d => new AddInReviewedDocument(d.Id, d.Name, d.Outcome, ReviewTexts.DocumentLine(d.Name, d.Outcome, d.Findings, culture)))]);
    }
}

/// <summary>One reviewed document: its evidence id and name, ✓ / ⚠ / ✗ as <see cref="DocumentOutcome"/>, and the line to show.</summary>
public sealed record AddInReviewedDocument(Guid EvidenceId, string Name, DocumentOutcome Outcome, string Line);
