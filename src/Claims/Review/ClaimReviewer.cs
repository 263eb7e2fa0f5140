using CoopAssistant.Claims.Review.Checks;
using CoopAssistant.Claims.Review.Extraction;

namespace CoopAssistant.Claims.Review;

/// <summary>Reviews a claim's documents against the claim, the way Microsoft's reviewers would: reads the facts from each
/// document's text, runs every check, applies the acceptances on record. Pure: no I/O, no clock, no shared state.</summary>
public sealed class ClaimReviewer
{
    private readonly IReadOnlyList<IReviewCheck> checks;

    public ClaimReviewer()
        : this(DefaultChecks())
    {
    }

    public ClaimReviewer(IReadOnlyList<IReviewCheck> checks) => this.checks = checks ?? throw new ArgumentNullException(nameof(checks));

    public static IReadOnlyList<IReviewCheck> DefaultChecks() =>
    [
        new ReadabilityCheck(),
        new CostBasisCheck(),
        new InvoiceDateCheck(),
        new ExecutionDateCheck(),
        new CurrencyCheck(),
        new AmountSupportCheck(),
        new SelfIssuedInvoiceCheck(),
        new DuplicateCheck(),
        new ProofContentCheck(),
        new TaxIdCheck(),
    ];

    public ReviewReport Review(ReviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var documents = request.Documents.Select(Read).ToList();
        var context = new ReviewContext(request, documents);
        var findings = ApplyAcceptances(checks.SelectMany(c => c.Run(context)), request.Acceptances)
            .OrderBy(f => f.DocumentId is null ? -1 : IndexOf(documents, f.DocumentId.Value))
            .ThenByDescending(f => f.Severity)
            .ToList();
        var (sum, counted) = AmountSupportCheck.Support(context);
        var reviews = documents.Select(d => new DocumentReview(
            d.Document.Id,
            d.Document.Name,
            d.Document.Kind,
            d.Document.Sha256,
            d.Document.Reading.Status,
            d.Facts,
            d.InvoiceKey,
            OutcomeOf(findings.Where(f => f.DocumentId == d.Document.Id)))).ToList();
        return new ReviewReport(findings, reviews, sum, counted);
    }

    private static ReadDocument Read(ReviewDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var facts = document.Reading.Status == DocumentReadStatus.Read ? DocumentFactsExtractor.Extract(document.Reading.Text) : DocumentFacts.None;
        return new ReadDocument(document, facts, DocumentFactsExtractor.InvoiceKey(facts));
    }

    /// <summary>The findings with the acceptances on record applied (a finding stored earlier is re-judged the same way when an
    /// acceptance is added later, without reading the documents again).</summary>
    public static IReadOnlyList<Finding> ApplyAcceptances(IEnumerable<Finding> findings, IReadOnlyList<FindingAcceptance> acceptances)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(acceptances);
        return [.. findings.Select(f => Accept(f with { Acceptance = null }, acceptances))];
    }

    /// <summary>Whether <paramref name="acceptance"/> may accept <paramref name="finding"/>: same code and document, a reason,
    /// and for a blocking finding an administrator and a code that allows it.</summary>
    public static bool MayAccept(Finding finding, FindingAcceptance acceptance)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(acceptance);
        return acceptance.Code == finding.Code
            && acceptance.DocumentId == finding.DocumentId
            && !string.IsNullOrWhiteSpace(acceptance.Reason)
            && (finding.Severity != ReviewSeverity.Blocks || (acceptance.ByAdministrator && FindingCodes.AdministratorMayAccept(finding.Code)));
    }

    /// <summary>Applies the first acceptance on record for the finding's code and document, if it may be accepted: a
    /// reason is required; a blocking finding only by an administrator and only for codes that allow it.</summary>
    private static Finding Accept(Finding finding, IReadOnlyList<FindingAcceptance> acceptances)
    {
        var acceptance = acceptances.FirstOrDefault(a => MayAccept(finding, a));
        return acceptance is null ? finding : finding with { Acceptance = acceptance };
    }

    /// <summary>A document's ✓ / ⚠ / ✗ from its findings: open blocking ✗; an open warning or note (other than the date-order
    /// assumption) ⚠; else ✓.</summary>
    public static DocumentOutcome OutcomeOf(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var open = findings.Where(f => f.Acceptance is null).ToList();
        return open.Any(f => f.Severity == ReviewSeverity.Blocks) ? DocumentOutcome.Blocking
            : open.Any(f => f.Severity == ReviewSeverity.Warns || (f.Severity == ReviewSeverity.Info && f.Code != FindingCode.DateOrderAssumed)) ? DocumentOutcome.Warning
            : DocumentOutcome.Fine;
    }

    private static int IndexOf(List<ReadDocument> documents, Guid id) => documents.FindIndex(d => d.Document.Id == id);
}
