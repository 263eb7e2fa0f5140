using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Reminders;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Scheduling.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Scheduling.Planning;

/// <summary>Keeps a claim's reminder rows equal to its plan: called by the claims domain after every change
/// (<see cref="IClaimChangeObserver"/>), and by the snooze action.</summary>
public sealed class ReminderPlanning(
    ClaimsDatabase database, IReminderStore store, TimeZoneResolver zones, IDispatchTrigger trigger, TimeProvider time, IOptions<ReminderOptions> options)
    : IClaimChangeObserver
{
    public Task OnClaimChangedAsync(string tenantId, Guid claimId, CancellationToken cancellationToken) => PlanAsync(tenantId, claimId, cancellationToken);

    /// <summary>Re-plans the claim: removes unsent rows no longer in the plan, adds the plan's future rows; returns how many were added.</summary>
    public async Task<int> PlanAsync(string tenantId, Guid claimId, CancellationToken cancellationToken)
    {
        Claim? claim;
        List<string> administrators;
        await using (var context = database.ForTenant(tenantId))
        {
            claim = await context.Claims.AsNoTracking().Include(c => c.Evidence).Include(c => c.DocumentationRequests).AsSplitQuery()
                .FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
            administrators = await context.TenantRoles.IgnoreQueryFilters()
                .Where(r => r.TenantId == tenantId && r.Role == TenantRole.IncentivesAdministrator)
                .Select(r => r.UserObjectId).ToListAsync(cancellationToken);
        }

        if (claim is null)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var (zone, _) = await zones.ResolveAsync(tenantId, claim.OwnerObjectId, cancellationToken);
        var plan = ReminderPlanner.Plan(claim, administrators, zone, now, options.Value);
        var planned = plan.Select(p => p.Key.ToString()).ToList();
        var existing = (await store.GetKeysAsync(claimId, cancellationToken)).ToHashSet(StringComparer.Ordinal);

        // Snoozes are not part of the plan; they stay while deadline reminders are wanted.
        var keep = planned.Concat(existing.Where(k => ReminderKey.TryParse(k, out var key) && key.Notice == ReminderNotice.Snoozed
            && ReminderPlanner.NeedsDeadlineReminders(claim.Status))).ToList();
        await store.CancelUnsentAsync(claimId, keep, cancellationToken);

        var fresh = plan.Where(p => p.DueAt >= now && !existing.Contains(p.Key.ToString())).ToList();
        var added = await store.AddManyAsync([.. fresh.Select(p => NewRow(claim, p.Key.ToString(), p.Kind, p.DueAt))], cancellationToken);
        var dueNow = added > 0 && fresh.Any(p => p.DueAt <= now.AddMinutes(1));

        if (dueNow)
        {
            await trigger.TriggerAsync(cancellationToken);
        }

        return added;
    }

    /// <summary>Snooze: the claim's deadline reminder comes back after <paramref name="delay"/>; false when the claim needs none.</summary>
    public async Task<bool> SnoozeAsync(string tenantId, Guid claimId, TimeSpan delay, CancellationToken cancellationToken)
    {
        Claim? claim;
        await using (var context = database.ForTenant(tenantId))
        {
            claim = await context.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        }

        if (claim is null || !ReminderPlanner.NeedsDeadlineReminders(claim.Status))
        {
            return false;
        }

        var due = time.GetUtcNow() + delay;
        return await store.AddAsync(NewRow(claim, ReminderKey.Snooze(claimId, due).ToString(), ReminderKind.ClaimDeadline, due), cancellationToken);
    }

    private static Reminder NewRow(Claim claim, string key, ReminderKind kind, DateTimeOffset dueAt) => new()
    {
        Id = Guid.NewGuid(),
        TenantId = claim.TenantId,
        ClaimId = claim.Id,
        Kind = kind,
        DueAt = dueAt,
        IdempotencyKey = key,
    };
}
