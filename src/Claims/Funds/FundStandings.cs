using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Funds;

/// <summary>Reads a claim's fund and checks the claim against it (unclaimed balance, share-of-funds caps of its activity type).</summary>
internal static class FundStandings
{
    public static async Task<FundStanding?> ForAsync(ClaimsDbContext context, Claim claim, CancellationToken cancellationToken)
    {
        if (claim.FundId is not { } fundId)
        {
            return null;
        }

        var fund = await context.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fundId, cancellationToken);
        if (fund is null)
        {
            return null;
        }

        var view = FundView.From(fund);
        var counted = FundLedger.Contribution(claim) is { } own ? FundLedger.FromCents(own.Cents) : 0m;
        var limit = FundRules.ActivityLimit(claim.ActivityType, claim.Surface, fund.Amount, fund.Currency);
        var used = 0m;
        if (limit is not null)
        {
            var type = claim.ActivityType;
            var surface = claim.Surface;
            var rows = await context.Claims.AsNoTracking()
                .Where(c => c.FundId == fundId && c.ActivityType == type && c.Surface == surface)
                .Select(c => new { c.Status, c.Amount, c.ApprovedAmount, c.PaidAmount })
                .ToListAsync(cancellationToken);
            used = rows.Sum(r => FundLedger.Contribution(fundId, r.Status, r.Amount, r.ApprovedAmount, r.PaidAmount) is { } c ? FundLedger.FromCents(c.Cents) : 0m);
        }

        return new FundStanding(view, view.Unclaimed + counted, limit, used);
    }

    /// <summary>The funds a claim of this program, currency and usage period fits (several when they differ by location).</summary>
    public static Task<List<Fund>> FittingAsync(
        ClaimsDbContext context, ClaimProgram program, string currency, DateOnly usageStart, DateOnly usageEnd, CancellationToken cancellationToken) =>
        context.Funds.AsNoTracking()
            .Where(f => f.Program == program && f.Currency == currency && f.UsageStart <= usageStart && f.UsageEnd >= usageEnd)
            .OrderBy(f => f.Location).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);
}
