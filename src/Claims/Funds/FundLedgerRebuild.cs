using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Funds;

/// <summary>Recomputes every fund's ledger (preparing, submitted, approved, paid) of the context's tenant from its claims, for
/// repairs and bulk-loaded data; the claim unit of work keeps the ledger current otherwise (<see cref="FundLedger"/>).</summary>
internal static class FundLedgerRebuild
{
    /// <summary>Saves the funds whose ledger was off; returns how many.</summary>
    public static async Task<int> RunAsync(ClaimsDbContext context, CancellationToken cancellationToken)
    {
        var funds = await context.Funds.ToListAsync(cancellationToken);
        var sums = funds.ToDictionary(f => f.Id, _ => new long[4]);
        var rows = context.Claims.AsNoTracking().Where(c => c.FundId != null)
            .Select(c => new { c.FundId, c.Status, c.Amount, c.ApprovedAmount, c.PaidAmount }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (FundLedger.Contribution(row.FundId, row.Status, row.Amount, row.ApprovedAmount, row.PaidAmount) is { } c && sums.TryGetValue(c.FundId, out var sum))
            {
                sum[(int)c.Bucket] += c.Cents;
            }
        }

        var changed = 0;
        foreach (var fund in funds)
        {
            var sum = sums[fund.Id];
            if (fund.PreparingCents != sum[0] || fund.SubmittedCents != sum[1] || fund.ApprovedCents != sum[2] || fund.PaidCents != sum[3])
            {
                (fund.PreparingCents, fund.SubmittedCents, fund.ApprovedCents, fund.PaidCents) = (sum[0], sum[1], sum[2], sum[3]);
                changed++;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
