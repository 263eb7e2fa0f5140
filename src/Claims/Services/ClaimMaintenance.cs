using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Services;

internal sealed class ClaimMaintenance(ClaimsDatabase database, TimeProvider time) : IClaimMaintenance
{
    public async Task<int> ExpireOverdueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var context = database.ForSystem();
        return await context.Claims.IgnoreQueryFilters()
            .Where(c => (c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready) && c.Deadline < today)
            .ExecuteUpdateAsync(
                set => set.SetProperty(c => c.Status, ClaimStatus.Expired)
                    .SetProperty(c => c.UrgencyDate, DateOnly.MaxValue)
                    .SetProperty(c => c.UpdatedAt, now)
                    .SetProperty(c => c.Version, c => c.Version + 1),
                cancellationToken);
    }
}
