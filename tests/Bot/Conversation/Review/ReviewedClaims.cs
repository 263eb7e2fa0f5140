using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Tests.Conversation.Review;

/// <summary>Waits for the evidence review of a claim's last change, which runs in the background: "ready" and "submit" are
/// refused until it has (bounded: 30 seconds).</summary>
internal static class ReviewedClaims
{
    public static async Task<ClaimView> WaitAsync(IClaimService claims, ClaimsCaller caller, Guid claimId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var claim = (await claims.GetAsync(caller, claimId, CancellationToken.None)).Value
                ?? throw new InvalidOperationException("The claim is not readable.");
            if (claim.Review is { IsPending: false, HasResult: true })
            {
                return claim;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The evidence review of the claim did not finish within 30 seconds.");
            }

            await Task.Delay(50);
        }
    }
}
