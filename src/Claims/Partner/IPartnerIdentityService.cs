using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Claims.Partner;

/// <summary>The partner's own legal names and tax ids per tenant: everyone of the tenant reads them, Incentives administrators
/// set them (403 <see cref="Validation.ClaimErrorCode.Forbidden"/> otherwise); the evidence review compares invoice issuers with them.</summary>
public interface IPartnerIdentityService
{
    Task<ClaimResult<PartnerIdentityView>> GetAsync(ClaimsCaller caller, CancellationToken cancellationToken);

    /// <summary>Replaces the tenant's legal names and tax ids (blank entries ignored, duplicates kept once).</summary>
    Task<ClaimResult<PartnerIdentityView>> SetAsync(ClaimsCaller caller, IReadOnlyList<string> legalNames, IReadOnlyList<string> taxIds, CancellationToken cancellationToken);

    /// <summary>The identity the review uses (no caller: the review runs in the background for the tenant).</summary>
    Task<PartnerIdentity> ForReviewAsync(string tenantId, CancellationToken cancellationToken);
}
