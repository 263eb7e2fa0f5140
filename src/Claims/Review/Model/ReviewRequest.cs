namespace CoopAssistant.Claims.Review;

/// <summary>Everything one review needs; the review does no I/O.</summary>
/// <param name="Claim">The claim's facts.</param>
/// <param name="Documents">Its documents, read.</param>
/// <param name="Partner">The tenant's own identity (legal names, tax ids).</param>
/// <param name="OtherClaims">The other claims of the tenant, with their file hashes and invoice keys.</param>
/// <param name="Acceptances">Findings already accepted with a reason.</param>
public sealed record ReviewRequest(
    ClaimFacts Claim,
    IReadOnlyList<ReviewDocument> Documents,
    PartnerIdentity Partner,
    IReadOnlyList<OtherClaimEvidence> OtherClaims,
    IReadOnlyList<FindingAcceptance> Acceptances);
