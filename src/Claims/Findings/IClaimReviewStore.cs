using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Claims.Findings;

/// <summary>The evidence review's storage: what a run reads, the duplicates it looks up across the tenant, the findings it saves,
/// and the acceptances people record (the only call made for a person: checked by <see cref="ClaimAccessPolicy"/>).</summary>
public interface IClaimReviewStore
{
    /// <summary>The claim and its review inputs for a background run (no caller: the review runs for the tenant); null when gone.</summary>
    Task<ReviewSubject?> LoadAsync(string tenantId, Guid claimId, CancellationToken cancellationToken);

    /// <summary>The tenant's other claims that hold a file with one of <paramref name="sha256s"/> or an invoice with one of
    /// <paramref name="invoiceKeys"/>; a claim's title is shown only when <paramref name="viewerObjectId"/> owns it.</summary>
    Task<IReadOnlyList<OtherClaimEvidence>> FindOtherClaimsAsync(
        string tenantId, Guid claimId, string viewerObjectId, IReadOnlyCollection<string> sha256s, IReadOnlyCollection<string> invoiceKeys, CancellationToken cancellationToken);

    /// <summary>Saves a run's findings, computed from <paramref name="inputs"/> and <paramref name="identity"/>, with the
    /// documents' duplicate keys, only while <paramref name="inputs"/> are still the claim's requested ones: a result for inputs
    /// the claim has moved on from is discarded (<see cref="ReviewNotSaved.Stale"/>). Never writes the claim's own row.</summary>
    Task<Result<Done, ReviewNotSaved>> SaveAsync(string tenantId, Guid claimId, string inputs, string identity, ReviewReport report, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="caller"/> accepts an open finding with <paramref name="reason"/> (who, when, why):
    /// warnings and notes by the claim's people, duplicates only by an administrator; everything else that blocks must be fixed.</summary>
    Task<ClaimResult<ClaimView>> AcceptAsync(ClaimsCaller caller, Guid claimId, FindingCode code, Guid? documentId, string? reason, CancellationToken cancellationToken);
}

/// <summary>Why a review run's result was not stored as the claim's findings (the error side of <see cref="IClaimReviewStore.SaveAsync"/>).</summary>
public enum ReviewNotSaved
{
    /// <summary>Discarded: the claim changed after the run read it (that change queued a review of its own).</summary>
    Stale = 1,

    /// <summary>The claim is gone.</summary>
    ClaimGone = 2,
}
