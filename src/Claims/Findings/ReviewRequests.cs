using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Findings;

/// <summary>Marks a claim's review as needed when its review inputs changed; called inside the claim's own unit of work (by the
/// review's <see cref="Services.IClaimChangeObserver"/>), so the mark commits with the change or not at all.</summary>
public static class ReviewRequests
{
    /// <summary>True when the claim's inputs differ from the last requested ones (or the claim has no review yet): the review row
    /// is created or updated on the tracked claim, and a review must be queued.</summary>
    public static bool Request(Claim claim, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var inputs = ReviewInputs.Of(claim);
        if (claim.Review is { } review)
        {
            if (string.Equals(review.RequestedInputs, inputs, StringComparison.Ordinal))
            {
                return false;
            }

            review.RequestedInputs = inputs;
            review.RequestedAt = now;
            return true;
        }

        claim.Review = new ClaimReview { ClaimId = claim.Id, TenantId = claim.TenantId, RequestedInputs = inputs, RequestedAt = now };
        return true;
    }
}
