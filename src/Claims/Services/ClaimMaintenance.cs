using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Services;

/// <summary>Expires unsubmitted claims past their deadline, each through the claim unit of work (its history entry says
/// CoopAssistant did it, and its fund's ledger releases the money).</summary>
internal sealed class ClaimMaintenance(ClaimUnitOfWork work) : IClaimMaintenance
{
    public async Task<int> ExpireOverdueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        List<(string TenantId, Guid Id, long Version)> overdue;
        await using (var context = work.Database.ForSystem())
        {
            overdue = (await context.Claims.IgnoreQueryFilters().AsNoTracking()
                .Where(c => (c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready) && c.Deadline < today)
                .Select(c => new { c.TenantId, c.Id, c.Version })
                .ToListAsync(cancellationToken)).Select(c => (c.TenantId, c.Id, c.Version)).ToList();
        }

        var expired = 0;
        foreach (var (tenantId, id, version) in overdue)
        {
            var result = await work.MutateAsync(ClaimActor.System(tenantId), id, version, (claim, _, _) =>
            {
                if (claim.Status is not (ClaimStatus.Draft or ClaimStatus.Ready) || claim.Deadline >= today)
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
