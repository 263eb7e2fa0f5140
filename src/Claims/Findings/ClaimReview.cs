using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Findings;

/// <summary>
/// The evidence review of one claim (storage entity, table <c>ClaimReviews</c>): what its review inputs are now
/// (<see cref="RequestedInputs"/>, set in the same transaction as every change of the claim), what the stored findings were
/// computed from (<see cref="ReviewedInputs"/>), and those findings as JSON (<see cref="Report"/>). The review is pending while
/// the two fingerprints differ. Acceptances are rows of their own, applied whenever the review is read.
/// </summary>
public sealed class ClaimReview : ITenantOwned
{
    public Guid ClaimId { get; set; }

    public required string TenantId { get; set; }

    /// <summary>Fingerprint of the claim's review inputs (facts and evidence) as they are now.</summary>
    public required string RequestedInputs { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>Fingerprint of the inputs the stored findings were computed from; null before the first review.</summary>
    public string? ReviewedInputs { get; set; }

    /// <summary>Fingerprint of the partner identity the stored findings were computed with.</summary>
    public string? ReviewedIdentity { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Open findings by severity once the acceptances are applied (for lists and the gate without reading <see cref="Report"/>).</summary>
    public int OpenBlocking { get; set; }

    public int OpenWarnings { get; set; }

    public int OpenNotes { get; set; }

    /// <summary>The stored findings and document outcomes (<see cref="StoredReview"/> as JSON); null before the first review.</summary>
    public string? Report { get; set; }

    /// <summary>Optimistic concurrency: a review saved and an acceptance recorded at the same time do not overwrite each other.</summary>
    public long Revision { get; set; }

    public ICollection<FindingAcceptanceRecord> Acceptances { get; } = new List<FindingAcceptanceRecord>();

    /// <summary>True while the claim changed since its findings were computed (a review is queued or running).</summary>
    public bool IsPending => !string.Equals(RequestedInputs, ReviewedInputs, StringComparison.Ordinal);
}
