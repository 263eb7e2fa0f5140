using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Rules;

/// <summary>
/// The per-usage-period amount caps of <see cref="ActivityTypeCatalog"/> checked across claims: a claim's amount plus the other claims
/// of the tenant for the same activity type, in the same currency, whose usage periods overlap its own (money not released: rejected
/// and expired claims do not count). The caps are USD limits (FACTS A); a claim in another currency is not converted (no exchange
/// rate is known here), so only USD claims are checked against them.
/// </summary>
public static class ActivityCaps
{
    /// <summary>True when <paramref name="amount"/> and <paramref name="othersInPeriod"/> together exceed the period cap of <paramref name="type"/>.</summary>
    public static bool ExceedsPeriodCap(ActivityType type, string currency, decimal amount, decimal othersInPeriod) =>
        ActivityTypeCatalog.AmountCapPerUsagePeriod(type, currency) is { } cap && amount + othersInPeriod > cap;

    /// <summary>What the tenant's other claims of <paramref name="type"/> in <paramref name="currency"/> overlapping the usage period
    /// already count for; 0 when the type has no period cap in that currency (nothing is read).</summary>
    public static async Task<decimal> OthersInPeriodAsync(
        ClaimsDbContext context, ActivityType type, string currency, DateOnly usageStart, DateOnly usageEnd, Guid? except, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ActivityTypeCatalog.AmountCapPerUsagePeriod(type, currency) is null)
        {
            return 0m;
        }

        var amounts = await context.Claims.AsNoTracking()
            .Where(c => c.ActivityType == type && c.Currency == currency && c.UsageStart <= usageEnd && c.UsageEnd >= usageStart
                && c.Status != ClaimStatus.Rejected && c.Status != ClaimStatus.Expired && (except == null || c.Id != except))
            .Select(c => c.Amount)
            .ToListAsync(cancellationToken);
        return amounts.Sum();
    }
}
