using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Services;

/// <summary>Expires unsubmitted claims past their deadline, each through the claim unit of work (its history entry says
/// CoopAssistant did it, and its fund's ledger releases the money).</summary>
internal sealed class ClaimMaintenance(ClaimUnitOfWork work, ClaimClock clock) : IClaimMaintenance
{
    /// <summary>The zone whose day starts first (UTC+14): no claim's deadline day has ended anywhere unless it has ended here.</summary>
    private static readonly TimeZoneInfo EarliestZone = TimeZoneInfo.CreateCustomTimeZone("UTC+14", TimeSpan.FromHours(14), "UTC+14", "UTC+14");

    public async Task<int> ExpireOverdueAsync(CancellationToken cancellationToken)
    {
        var zones = new Dictionary<(string, string), DateOnly>();
        return await ExpireAsync(clock.Today(EarliestZone), async (tenantId, ownerObjectId) =>
        {
            if (!zones.TryGetValue((tenantId, ownerObjectId), out var today))
            {
                today = await clock.TodayAsync(tenantId, ownerObjectId, cancellationToken);
                zones[(tenantId, ownerObjectId)] = today;
            }

            return today;
        }, cancellationToken);
    }

    public Task<int> ExpireOverdueAsync(DateOnly today, CancellationToken cancellationToken) =>
        ExpireAsync(today, (_, _) => ValueTask.FromResult(today), cancellationToken);

    private async Task<int> ExpireAsync(DateOnly before, Func<string, string, ValueTask<DateOnly>> todayOf, CancellationToken cancellationToken)
    {
        List<(string TenantId, string Owner, Guid Id, long Version)> overdue;
        await using (var context = work.Database.ForSystem())
        {
            overdue = (await context.Claims.IgnoreQueryFilters().AsNoTracking()
                .Where(c => (c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready) && c.Deadline < before)
                .Select(c => new { c.TenantId, c.OwnerObjectId, c.Id, c.Version })
                .ToListAsync(cancellationToken)).Select(c => (c.TenantId, c.OwnerObjectId, c.Id, c.Version)).ToList();
        }

        var expired = 0;
        foreach (var (tenantId, owner, id, version) in overdue)
        {
            var today = await todayOf(tenantId, owner);
            var result = await work.MutateAsync(ClaimActor.System(tenantId), id, version, (claim, _, _) =>
            {
                if (!ClaimStatusGroups.IsPreparing(claim.Status) || claim.Deadline >= today)
                {
                    return ValueTask.FromResult(ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(Validation.ClaimErrorCode.DeadlineNotPassed)));
                }

                claim.Status = ClaimStatus.Expired;
                return ValueTask.FromResult(ClaimStep.Record(ClaimAction.Expired));
            }, cancellationToken);
            if (result.IsOk)
            {
                expired++;
            }
        }

        return expired;
    }
}
