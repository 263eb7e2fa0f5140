namespace CoopAssistant.Claims.Review;

/// <summary>The duplicate-detection keys of another claim of the same tenant.</summary>
/// <param name="ClaimId">The other claim.</param>
/// <param name="Title">Its title (shown only when <paramref name="VisibleToViewer"/>).</param>
/// <param name="VisibleToViewer">Whether the person the review is for may see that claim; otherwise findings say
/// "another claim in your organization".</param>
/// <param name="Sha256s">Lower-case hex SHA-256 of each of its files.</param>
/// <param name="InvoiceKeys">Its invoice keys (<see cref="Extraction.DocumentFactsExtractor.InvoiceKey"/>: issuer id + number).</param>
public sealed record OtherClaimEvidence(
    Guid ClaimId,
    string Title,
    bool VisibleToViewer,
    IReadOnlyCollection<string> Sha256s,
    IReadOnlyCollection<string> InvoiceKeys);
