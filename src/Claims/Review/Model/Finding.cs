namespace CoopAssistant.Claims.Review;

/// <summary>One thing a reviewer would object to (or a note), with the values it is about.</summary>
/// <param name="Code">What it is about (stable: <see cref="FindingCodes.Stable"/>).</param>
/// <param name="Severity">Blocks, warns or info.</param>
/// <param name="DocumentId">The document it is about; null for a claim-level finding.</param>
/// <param name="DocumentName">That document's file name.</param>
/// <param name="Values">The values the text shows, in the order of the text's placeholders (the value found comes first).</param>
/// <param name="Acceptance">Set when someone accepted the finding with a reason.</param>
public sealed record Finding(
    FindingCode Code,
    ReviewSeverity Severity,
    Guid? DocumentId,
    string? DocumentName,
    IReadOnlyList<FindingValue> Values,
    FindingAcceptance? Acceptance = null)
{
    /// <summary>Blocks "ready" and "submit": a blocking finding nobody (allowed to) accepted.</summary>
    public bool IsBlocking => Severity == ReviewSeverity.Blocks && Acceptance is null;

    public bool Equals(Finding? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && DocumentId == other.DocumentId
        && DocumentName == other.DocumentName && Values.SequenceEqual(other.Values) && Acceptance == other.Acceptance;

    public override int GetHashCode() => HashCode.Combine(Code, Severity, DocumentId);
}
