using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Claims.Funds;

/// <summary>Which fund a claim belongs to, and the checks of a claim against its fund (FACTS A: caps that are a share of the funds).</summary>
public static class FundRules
{
    /// <summary>A claim draws on a fund of its program and currency whose usage period contains the claim's.</summary>
    public static bool Fits(Fund fund, ClaimProgram program, string currency, DateOnly usageStart, DateOnly usageEnd)
    {
        ArgumentNullException.ThrowIfNull(fund);
        return fund.Program == program && string.Equals(fund.Currency, currency, StringComparison.Ordinal)
            && fund.UsageStart <= usageStart && usageEnd <= fund.UsageEnd;
    }

    /// <summary>The limit a share-of-funds cap puts on all claims of <paramref name="type"/> in a fund of <paramref name="fundAmount"/>
    /// (Surface activities have their own share), or null when the type has no such cap.</summary>
    public static decimal? ActivityLimit(ActivityType type, bool surface, decimal fundAmount, string currency)
    {
        decimal? limit = null;
        foreach (var cap in ActivityTypeCatalog.Get(type).Caps)
        {
            decimal? value = cap.Kind switch
            {
                CapKind.ShareOfFunds => fundAmount * ((surface ? cap.SurfaceShare : null) ?? cap.Share ?? 1m),
                CapKind.GreaterOfShareOrAmount when string.Equals(cap.Currency, currency, StringComparison.Ordinal) =>
                    Math.Max(fundAmount * (cap.Share ?? 0m), cap.Amount ?? 0m),
                CapKind.GreaterOfShareOrAmount => fundAmount * (cap.Share ?? 0m),
                _ => null,
            };
            if (value is { } v)
            {
                limit = limit is { } l ? Math.Min(l, v) : decimal.Round(v, 2);
            }
        }

        return limit;
    }
}
