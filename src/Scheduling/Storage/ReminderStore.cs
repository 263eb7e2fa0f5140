using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Scheduling.Storage;

/// <summary>The <c>Reminders</c> table (Scheduling's): idempotent inserts, the due query, leases and sent marks.</summary>
public sealed class ReminderStore(ClaimsDatabase database) : IReminderStore
{
    public async Task<bool> AddAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        await using var context = database.ForTenant(reminder.TenantId);
        if (await context.Reminders.IgnoreQueryFilters().AnyAsync(r => r.IdempotencyKey == reminder.IdempotencyKey, cancellationToken))
        {
            return false;
        }

        if (!await context.Claims.AnyAsync(c => c.Id == reminder.ClaimId, cancellationToken))
        {
            throw new InvalidOperationException("The reminder's claim does not exist in the reminder's tenant.");
        }

        context.Reminders.Add(reminder);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    public async Task<int> AddManyAsync(IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        if (reminders.Count == 0)
        {
            return 0;
        }

        var tenantId = reminders[0].TenantId;
        var claimId = reminders[0].ClaimId;
        if (reminders.Any(r => r.TenantId != tenantId || r.ClaimId != claimId))
        {
            throw new ArgumentException("All reminders must belong to one claim.", nameof(reminders));
        }

        var keys = reminders.Select(r => r.IdempotencyKey).ToList();
        await using var context = database.ForTenant(tenantId);
        var existing = await context.Reminders.IgnoreQueryFilters().Where(r => keys.Contains(r.IdempotencyKey)).Select(r => r.IdempotencyKey).ToListAsync(cancellationToken);
        var fresh = reminders.Where(r => !existing.Contains(r.IdempotencyKey)).DistinctBy(r => r.IdempotencyKey).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        if (!await context.Claims.AnyAsync(c => c.Id == claimId, cancellationToken))
        {
            throw new InvalidOperationException("The reminder's claim does not exist in the reminder's tenant.");
        }

        context.Reminders.AddRange(fresh);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            // Another node planned the same claim at the same moment: fall back to one by one (each idempotent).
            var added = 0;
            foreach (var reminder in fresh)
            {
                added += await AddAsync(reminder, cancellationToken) ? 1 : 0;
            }

            return added;
        }
    }

    public async Task<IReadOnlyList<Reminder>> GetDueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        return await context.Reminders.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.SentAt == null && r.DueAt <= now)
            .OrderBy(r => r.DueAt)
            .Take(Math.Clamp(take, 0, 10_000))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Reminder>> GetLeasableAsync(DateTimeOffset now, int take, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        return await context.Reminders.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.SentAt == null && r.DueAt <= now && (r.LeaseExpiresAt == null || r.LeaseExpiresAt < now))
            .OrderBy(r => r.DueAt)
            .Take(Math.Clamp(take, 0, 10_000))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> TryLeaseAsync(Guid reminderId, string leasedBy, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        var until = now + leaseDuration;
        await using var context = database.ForSystem();
        var updated = await context.Reminders.IgnoreQueryFilters()
            .Where(r => r.Id == reminderId && r.SentAt == null && (r.LeaseExpiresAt == null || r.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(
                set => set.SetProperty(r => r.LeasedBy, leasedBy).SetProperty(r => r.LeaseExpiresAt, until).SetProperty(r => r.Attempts, r => r.Attempts + 1),
                cancellationToken);
        return updated == 1;
    }

    public async Task<bool> MarkSentAsync(Guid reminderId, string leasedBy, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        var updated = await context.Reminders.IgnoreQueryFilters()
            .Where(r => r.Id == reminderId && r.SentAt == null && r.LeasedBy == leasedBy)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.SentAt, sentAt), cancellationToken);
        return updated == 1;
    }

    public async Task<bool> ReleaseAsync(Guid reminderId, string leasedBy, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        var updated = await context.Reminders.IgnoreQueryFilters()
            .Where(r => r.Id == reminderId && r.SentAt == null && r.LeasedBy == leasedBy)
            .ExecuteUpdateAsync(
                set => set.SetProperty(r => r.DueAt, dueAt).SetProperty(r => r.LeasedBy, (string?)null).SetProperty(r => r.LeaseExpiresAt, (DateTimeOffset?)null),
                cancellationToken);
        return updated == 1;
    }

    public async Task<int> CancelUnsentAsync(Guid claimId, IReadOnlyCollection<string> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keep);
        await using var context = database.ForSystem();
        var keys = keep.ToList();
        return await context.Reminders.IgnoreQueryFilters()
            .Where(r => r.ClaimId == claimId && r.SentAt == null && !keys.Contains(r.IdempotencyKey))
            .ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetKeysAsync(Guid claimId, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        return await context.Reminders.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.ClaimId == claimId)
            .Select(r => r.IdempotencyKey)
            .ToListAsync(cancellationToken);
    }
}
