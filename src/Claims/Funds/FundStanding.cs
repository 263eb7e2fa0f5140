namespace CoopAssistant.Claims.Funds;

/// <summary>A claim's fund and how the claim stands against it: what was unclaimed before this claim, and for activity types
/// capped at a share of the funds, the limit and what the fund's claims of that type use (this one included).</summary>
public sealed record FundStanding(FundView Fund, decimal AvailableBeforeThisClaim, decimal? ActivityLimit, decimal ActivityUsed)
{
    /// <summary>The claim asks for more than the fund had unclaimed before it.</summary>
    public bool ExceedsUnclaimed => Fund.Unclaimed < 0;

    /// <summary>The fund's claims of this activity type use more than its share-of-funds cap allows.</summary>
    public bool ExceedsActivityLimit => ActivityLimit is { } limit && ActivityUsed > limit;

    public bool HasWarnings => ExceedsUnclaimed || ExceedsActivityLimit;
}
