using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Review;

/// <summary>What the review found in one document: the facts read from it and its outcome. <see cref="InvoiceKey"/> and
/// <see cref="Sha256"/> are the keys to store so that other claims' reviews can find duplicates.</summary>
public sealed record DocumentReview(
    Guid DocumentId,
    string Name,
    EvidenceKind Kind,
    string Sha256,
    DocumentReadStatus ReadStatus,
    DocumentFacts Facts,
    string? InvoiceKey,
    DocumentOutcome Outcome);
