namespace CoopAssistant.Claims.Review;

/// <summary>The result of reviewing a claim's documents.</summary>
/// <param name="Findings">Every finding, claim-level first, then by document.</param>
/// <param name="Documents">One entry per document, in the request's order.</param>
/// <param name="SupportedAmount">Invoice totals and statement amounts in the claim's currency, added up.</param>
/// <param name="CountedDocuments">The documents whose amounts were counted in <paramref name="SupportedAmount"/>.</param>
public sealed record ReviewReport(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<DocumentReview> Documents,
    Money SupportedAmount,
    IReadOnlyList<Guid> CountedDocuments)
{
    /// <summary>True while any blocking finding is open: "ready" and "submit" are refused.</summary>
    public bool IsBlocked => Findings.Any(f => f.IsBlocking);

    public IEnumerable<Finding> For(Guid documentId) => Findings.Where(f => f.DocumentId == documentId);
}
