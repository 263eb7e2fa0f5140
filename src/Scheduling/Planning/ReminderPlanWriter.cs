using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Storage;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Scheduling.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Scheduling.Planning;

/// <summary>Keeps a claim's reminder rows equal to its plan: inside every claim change's own transaction
/// (<see cref="IClaimChangeObserver"/>, so a claim is never saved without its reminders), and on its own for maintenance
/// re-plans and the snooze action.</summary>
public sealed class ReminderPlanWriter(
    ClaimsDatabase database, IReminderStore store, TimeZoneResolver zones, IDispatchTrigger trigger, TimeProvider time, IOptions<ReminderOptions> options)
    : IClaimChangeObserver
{
    /// <summary>Plans into the change's unit of work; asks to be called after the commit when a row is due at once.</summary>
    public Task<bool> OnClaimChangingAsync(ClaimsDbContext context, Claim claim, bool isNew, CancellationToken cancellationToken) =>
        PlanIntoAsync(context, claim, isNew, cancellationToken);

    /// <summary>A row of the committed plan is due now: wake the dispatcher instead of waiting for its next poll.</summary>
    public Task OnClaimSavedAsync(string tenantId, Guid claimId, CancellationToken cancellationToken) => trigger.TriggerAsync(cancellationToken);

    /// <summary>Re-plans the claim in a transaction of its own: removes unsent rows no longer in the plan, adds the plan's future rows; returns how many were added.</summary>
    public async Task<int> PlanAsync(string tenantId, Guid claimId, CancellationToken cancellationToken)
    {
        await using var context = database.ForTenant(tenantId);
        var claim = await context.Claims.Include(c => c.Evidence).Include(c => c.DocumentationRequests).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return 0;
        }

        var dueNow = await PlanIntoAsync(context, claim, isNew: false, cancellationToken);
        var added = context.ChangeTracker.Entries<Reminder>().Count(e => e.State == EntityState.Added);
        await context.SaveChangesAsync(cancellationToken);
        if (dueNow)
        {
            await trigger.TriggerAsync(cancellationToken);
        }

        return added;
    }

    /// <summary>
    /// Adds the plan's future rows that are not there yet and removes unsent rows no longer in the plan, in
    /// <paramref name="context"/> (saved by the caller). True when an added row is due within a minute.
    /// </summary>
    private async Task<bool> PlanIntoAsync(ClaimsDbContext context, Claim claim, bool isNew, CancellationToken cancellationToken)
    {
        var tenantId = claim.TenantId;
        var administrators = new List<string>();
        await foreach (var administrator in Administrators.For(context)(context, tenantId).WithCancellation(cancellationToken))
        {
            administrators.Add(administrator);
        }

        var now = time.GetUtcNow();
        var zone = await zones.ResolveAsync(context, tenantId, claim.OwnerObjectId, cancellationToken);
        var plan = ReminderPlanCalculator.Plan(claim, administrators, zone, now, options.Value);

        // A new claim has no rows yet; otherwise its rows are read (tracked) to compare with the plan.
        List<Reminder> existing = isNew
            ? []
            : await context.Reminders.IgnoreQueryFilters().Where(r => r.ClaimId == claim.Id).ToListAsync(cancellationToken);
        var planned = plan.Select(p => p.Key.ToString()).ToHashSet(StringComparer.Ordinal);

        // Snoozes are not part of the plan; they stay while deadline reminders are wanted.
        var wantsDeadline = ReminderPlanCalculator.NeedsDeadlineReminders(claim.Status);
        context.Reminders.RemoveRange(existing.Where(r => r.SentAt is null && !planned.Contains(r.IdempotencyKey)
            && !(wantsDeadline && ReminderKey.TryParse(r.IdempotencyKey, out var key) && key.Notice == ReminderNotice.Snoozed)));

        var present = existing.Select(r => r.IdempotencyKey).ToHashSet(StringComparer.Ordinal);
        var fresh = plan.Where(p => p.DueAt >= now && present.Add(p.Key.ToString())).ToList();
        context.Reminders.AddRange(fresh.Select(p => NewRow(claim, p.Key.ToString(), p.Kind, p.DueAt)));
        return fresh.Any(p => p.DueAt <= now.AddMinutes(1));
    }

    /// <summary>Snooze: the claim's deadline reminder comes back after <paramref name="delay"/>; false when the claim needs none.</summary>
    public async Task<bool> SnoozeAsync(string tenantId, Guid claimId, TimeSpan delay, CancellationToken cancellationToken)
    {
        Claim? claim;
        await using (var context = database.ForTenant(tenantId))
        {
            claim = await context.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        }

        if (claim is null || !ReminderPlanCalculator.NeedsDeadlineReminders(claim.Status))
        {
            return false;
        }

        // Past the deadline (in the owner's zone) there is nothing left to snooze towards.
        await using (var context = database.ForTenant(tenantId))
        {
            var zone = await zones.ResolveAsync(context, tenantId, claim.OwnerObjectId, cancellationToken);
            if (claim.Deadline < Claims.Rules.ClaimDates.Today(time, zone))
            {
                return false;
            }
        }

        var due = time.GetUtcNow() + delay;
        return await store.AddAsync(NewRow(claim, ReminderKey.Snooze(claimId, due).ToString(), ReminderKind.ClaimDeadline, due), cancellationToken);
    }

    // Compiled: planned on every claim change, so the LINQ is translated once instead of looked up in the query cache each time.
    private static readonly CompiledQuery<Func<ClaimsDbContext, string, IAsyncEnumerable<string>>> Administrators = new(() => EF.CompileAsyncQuery(
        (ClaimsDbContext context, string tenantId) => context.TenantRoles.IgnoreQueryFilters()
            .Where(r => r.TenantId == tenantId && r.Role == TenantRole.IncentivesAdministrator).Select(r => r.UserObjectId)));

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
