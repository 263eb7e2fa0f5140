using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.History;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Services;

/// <summary>The claim service's reads: one claim, lists and history, each on a tenant-scoped context through <see cref="ClaimAccessPolicy"/>.</summary>
internal sealed partial class ClaimService
{
    public async Task<ClaimResult<ClaimView>> GetAsync(ClaimsCaller caller, Guid claimId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.NotFound<ClaimView>();
        }

        await using var context = Database.ForTenant(caller.TenantId);
        var claim = await ClaimUnitOfWork.LoadAsync(context, caller, claimId, tracking: false, cancellationToken);
        if (claim is null)
        {
            return ClaimResult.NotFound<ClaimView>();
        }

        return ClaimResult.Ok(ClaimView.From(claim) with { Fund = await FundStandings.ForAsync(context, claim, cancellationToken) });
    }

    public async Task<IReadOnlyList<ClaimSummary>> ListMineAsync(ClaimsCaller caller, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return [];
        }

        var owner = caller.UserObjectId;
        await using var context = Database.ForTenant(caller.TenantId);
        return await context.Claims.AsNoTracking()
            .Where(ClaimAccessPolicy.Visible(caller))
            .Where(c => c.OwnerObjectId == owner)
            .OrderBy(c => c.UrgencyDate).ThenBy(c => c.Id)
            .Take(Math.Clamp(take, 0, MaxTake))
            .Select(c => new ClaimSummary(c.Id, c.OwnerObjectId, c.OwnerDisplayName, c.Title, c.Status, c.Deadline, c.UrgencyDate, c.Amount, c.Currency, c.Version)
            {
                ActivityType = c.ActivityType,
                HasFund = c.FundId != null,
            })
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ClaimSummary>> ListVisibleAsync(ClaimsCaller caller, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return [];
        }

        await using var context = Database.ForTenant(caller.TenantId);
        return await context.Claims.AsNoTracking()
            .Where(ClaimAccessPolicy.Visible(caller))
            .OrderBy(c => c.UrgencyDate).ThenBy(c => c.Id)
            .Take(Math.Clamp(take, 0, MaxTake))
            .Select(c => new ClaimSummary(c.Id, c.OwnerObjectId, c.OwnerDisplayName, c.Title, c.Status, c.Deadline, c.UrgencyDate, c.Amount, c.Currency, c.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<ClaimResult<IReadOnlyList<ClaimSummary>>> ListTenantExpiringAsync(
        ClaimsCaller caller, int withinDays, int take, TimeZoneInfo? timeZone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller) || !caller.IsIncentivesAdministrator)
        {
            return ClaimResult.Forbidden<IReadOnlyList<ClaimSummary>>();
        }

        var today = ClaimDates.Today(time, timeZone ?? TimeZoneInfo.Utc);
        var last = today.AddDays(Math.Max(0, withinDays));
        await using var context = Database.ForTenant(caller.TenantId);
        var list = await context.Claims.AsNoTracking()
            .Where(ClaimAccessPolicy.Visible(caller))
            .Where(c => c.Deadline >= today && c.Deadline <= last && (c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready))
            .OrderBy(c => c.Deadline).ThenBy(c => c.Id)
            .Take(Math.Clamp(take, 0, MaxTake))
            .Select(c => new ClaimSummary(c.Id, c.OwnerObjectId, c.OwnerDisplayName, c.Title, c.Status, c.Deadline, c.UrgencyDate, c.Amount, c.Currency, c.Version))
            .ToListAsync(cancellationToken);
        return ClaimResult.Ok<IReadOnlyList<ClaimSummary>>(list);
    }

    public async Task<ClaimResult<IReadOnlyList<ClaimSummary>>> ListByStatusAsync(
        ClaimsCaller caller, IReadOnlyCollection<ClaimStatus> statuses, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(statuses);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.Forbidden<IReadOnlyList<ClaimSummary>>();
        }

        var wanted = statuses.ToList();
        await using var context = Database.ForTenant(caller.TenantId);
        var list = await context.Claims.AsNoTracking()
            .Where(ClaimAccessPolicy.Visible(caller))
            .Where(c => wanted.Contains(c.Status))
            .OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id)
            .Take(Math.Clamp(take, 0, MaxTake))
            .Select(c => new ClaimSummary(c.Id, c.OwnerObjectId, c.OwnerDisplayName, c.Title, c.Status, c.Deadline, c.UrgencyDate, c.Amount, c.Currency, c.Version))
            .ToListAsync(cancellationToken);
        return ClaimResult.Ok<IReadOnlyList<ClaimSummary>>(list);
    }

    public async Task<ClaimResult<HistoryPage>> GetHistoryAsync(ClaimsCaller caller, Guid claimId, long? beforeVersion, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.NotFound<HistoryPage>();
        }

        await using var context = Database.ForTenant(caller.TenantId);
        var visible = await context.Claims.AsNoTracking().Where(ClaimAccessPolicy.Visible(caller)).AnyAsync(c => c.Id == claimId, cancellationToken);
        if (!visible)
        {
            return ClaimResult.NotFound<HistoryPage>();
        }

        var size = Math.Clamp(take, 1, 200);
        var before = beforeVersion ?? long.MaxValue;
        var rows = await context.ClaimHistory.AsNoTracking()
            .Where(h => h.ClaimId == claimId && h.ClaimVersion < before)
            .OrderByDescending(h => h.ClaimVersion)
            .Take(size + 1)
            .ToListAsync(cancellationToken);
        var entries = rows.Take(size).Select(HistoryEntryView.From).ToList();
        return ClaimResult.Ok(new HistoryPage(claimId, entries, rows.Count > size ? entries[^1].ClaimVersion : null));
    }
}
