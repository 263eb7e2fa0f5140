using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Services;

internal sealed class EvidenceSourceStore(ClaimsDatabase database) : IEvidenceSourceStore
{
    public async Task RecordAsync(string tenantId, Guid claimId, IReadOnlyList<EvidenceSourceResult> results, DateTimeOffset checkedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        await using var context = database.ForTenant(tenantId);
        foreach (var group in results.GroupBy(r => r.State))
        {
            var ids = group.Select(r => r.EvidenceId).ToList();
            var state = group.Key;
            await context.EvidenceItems
                .Where(e => e.ClaimId == claimId && ids.Contains(e.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.SourceState, state).SetProperty(e => e.SourceCheckedAt, checkedAt), cancellationToken);
        }
    }
}
