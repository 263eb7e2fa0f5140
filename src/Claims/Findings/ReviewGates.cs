using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Claims.Findings;

internal static class ReviewGates
{
    /// <summary>What the stored review says about moving the claim on: nothing when it was never reviewed (claims from before the
    /// review, or a host without it), pending while a review of its current inputs is due, blocked by open blocking findings.</summary>
    public static ReviewGate Of(ClaimReview? review) =>
        review is null ? ReviewGate.None
        : review.IsPending ? ReviewGate.Pending
        : review.OpenBlocking > 0 ? ReviewGate.Blocked
        : ReviewGate.Clear;
}
