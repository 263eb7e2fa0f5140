using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Review;

/// <summary>The facts of the claim that the review checks documents against.</summary>
public sealed record ClaimFacts(
    Guid ClaimId,
    string Title,
    ActivityType ActivityType,
    DateOnly UsageStart,
    DateOnly UsageEnd,
    DateOnly ActivityDate,
    decimal Amount,
    string Currency)
{
    public static ClaimFacts From(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(claim.Id, claim.Title, claim.ActivityType, claim.UsageStart, claim.UsageEnd, claim.ActivityDate, claim.Amount, claim.Currency);
    }

    public bool InUsagePeriod(DateOnly date) => date >= UsageStart && date <= UsageEnd;
}
