using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Claims.Findings;

/// <summary>Where a claim's evidence review stands, for lists, cards and the tab.</summary>
public enum ReviewState
{
    /// <summary>The review never ran for this claim.</summary>
    NotReviewed = 0,

    /// <summary>The claim changed since its findings were computed: a review is queued or running.</summary>
    Pending = 1,

    /// <summary>A blocking finding is open: "ready" and "submit" are refused.</summary>
    Blocked = 2,

    /// <summary>Warnings or notes are open (nothing blocks).</summary>
    Warnings = 3,

    /// <summary>Nothing open.</summary>
    Clear = 4,
}

/// <summary>A claim's evidence review as stored: its findings with the acceptances on record applied, one entry per document
/// (✓ / ⚠ / ✗ and its findings), the amount the documents support, and who accepted what.</summary>
public sealed record ClaimReviewView(
    ReviewState State,
    DateTimeOffset? ReviewedAt,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ReviewedDocument> Documents,
    Money? Supported,
    IReadOnlyList<Guid> Counted,
    IReadOnlyList<FindingAcceptance> Acceptances)
{
    public bool IsPending => State == ReviewState.Pending;

    public bool HasResult => ReviewedAt is not null;

    /// <summary>Findings about the claim as a whole (no document).</summary>
    public IEnumerable<Finding> ClaimLevel => Findings.Where(f => f.DocumentId is null);

    public IEnumerable<Finding> Open => Findings.Where(f => f.Acceptance is null);

    public int OpenBlocking => Findings.Count(f => f.IsBlocking);

    public int OpenWarnings => Open.Count(f => f.Severity == ReviewSeverity.Warns);

    /// <summary>Open findings a person may accept with a reason: warnings and notes (not the date-order assumption, which is only
    /// information), and, for an administrator, the duplicates.</summary>
    public IEnumerable<Finding> Acceptable(bool administrator) => Open.Where(f => f.Code != FindingCode.DateOrderAssumed
        && (f.Severity != ReviewSeverity.Blocks || (administrator && FindingCodes.AdministratorMayAccept(f.Code))));

    internal static ClaimReviewView? From(ClaimReview? row)
    {
        if (row is null)
        {
            return null;
        }

        var acceptances = row.Acceptances.OrderBy(a => a.AcceptedAt).ThenBy(a => a.Id).Select(ToAcceptance).OfType<FindingAcceptance>().ToList();
        var stored = StoredReview.Parse(row.Report);
        var findings = stored is null ? [] : ClaimReviewer.ApplyAcceptances(stored.ToFindings(), acceptances);
        var documents = stored is null
            ? []
            : stored.Documents.Select(d =>
            {
                var own = findings.Where(f => f.DocumentId == d.Id).ToList();
                return new ReviewedDocument(d.Id, d.Name, d.Kind, ClaimReviewer.OutcomeOf(own), own);
            }).ToList();
        var state = row.IsPending ? ReviewState.Pending
            : stored is null ? ReviewState.NotReviewed
            : findings.Any(f => f.IsBlocking) ? ReviewState.Blocked
            : documents.Any(d => d.Outcome != DocumentOutcome.Fine) || findings.Any(f => f.DocumentId is null && f.Acceptance is null) ? ReviewState.Warnings
            : ReviewState.Clear;
        return new ClaimReviewView(
            state,
            row.ReviewedAt,
            findings,
            documents,
            stored is null ? null : new Money(stored.SupportedAmount, stored.Currency),
            stored?.Counted ?? [],
            acceptances);
    }

    /// <summary>The state as a list shows it, from the stored counts (no JSON read).</summary>
    public static ReviewState StateOf(bool exists, bool pending, bool reviewed, int openBlocking, int openWarnings, int openNotes) =>
        !exists ? ReviewState.NotReviewed
        : pending ? ReviewState.Pending
        : !reviewed ? ReviewState.NotReviewed
        : openBlocking > 0 ? ReviewState.Blocked
        : openWarnings + openNotes > 0 ? ReviewState.Warnings
        : ReviewState.Clear;

    internal static FindingAcceptance? ToAcceptance(FindingAcceptanceRecord record) =>
        FindingCodes.Parse(record.Code) is { } code
            ? new FindingAcceptance(code, record.EvidenceId, record.AcceptedByName ?? record.AcceptedByObjectId, record.ByAdministrator, record.AcceptedAt, record.Reason)
            : null;
}

/// <summary>One reviewed document: its outcome with the acceptances applied, and its findings.</summary>
public sealed record ReviewedDocument(Guid Id, string Name, EvidenceKind Kind, DocumentOutcome Outcome, IReadOnlyList<Finding> Findings);
