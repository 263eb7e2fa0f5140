using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Review;

/// <summary>One evidence document to review: what the user attached it as, its SHA-256 and its read text.</summary>
/// <param name="Id">The evidence item's id.</param>
/// <param name="Name">The file name shown to people.</param>
/// <param name="Kind">The kind of evidence the user attached it as.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Reading">The reader's result.</param>
public sealed record ReviewDocument(Guid Id, string Name, EvidenceKind Kind, string Sha256, DocumentReading Reading);
