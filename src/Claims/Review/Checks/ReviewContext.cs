using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Review.Checks;

/// <summary>The request plus what was read from each document, shared by every check.</summary>
public sealed class ReviewContext
{
    public ReviewContext(ReviewRequest request, IReadOnlyList<ReadDocument> documents)
    {
        Request = request;
        Documents = documents;
    }

    public ReviewRequest Request { get; }

    public ClaimFacts Claim => Request.Claim;

    public IReadOnlyList<ReadDocument> Documents { get; }

    /// <summary>Documents that are (or stand for) the claim's cost: invoices and certification statements that were not refused.</summary>
    public IEnumerable<ReadDocument> CostBasis => Documents.Where(d =>
        d.Document.Kind is EvidenceKind.VendorInvoice or EvidenceKind.CertificationStatement
        && d.Document.Reading.Status != DocumentReadStatus.Refused);

    public IEnumerable<ReadDocument> OfKind(EvidenceKind kind) => Documents.Where(d => d.Document.Kind == kind);
}

/// <summary>A document with the facts read from its text and its invoice key.</summary>
public sealed record ReadDocument(ReviewDocument Document, DocumentFacts Facts, string? InvoiceKey)
{
    public bool WasRead => Document.Reading.Status == DocumentReadStatus.Read && Document.Reading.Text.Length > 0;

    public Finding Finding(FindingCode code, ReviewSeverity severity, params FindingValue[] values) =>
        new(code, severity, Document.Id, Document.Name, values);
}
