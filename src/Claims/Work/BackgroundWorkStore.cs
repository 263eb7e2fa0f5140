using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Work;

/// <summary>The <c>BackgroundWork</c> rows on SQLite or PostgreSQL: each lease is one conditional <c>UPDATE</c>, so two hosts
/// never run the same row at once (the same pattern as the reminder rows).</summary>
internal sealed class BackgroundWorkStore(ClaimsDatabase database) : IBackgroundWorkStore
{
    private const int MaxTake = 1_000;

    public async Task<(Guid Id, bool Added)> EnqueueAsync(NewBackgroundWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentException.ThrowIfNullOrWhiteSpace(work.Kind);
        if (work.IdempotencyKey is { } key && await FindIdByKeyAsync(key, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var item = new BackgroundWorkItem
        {
            Id = Guid.CreateVersion7(now),
            Kind = work.Kind,
            Payload = work.Payload,
            IdempotencyKey = work.IdempotencyKey,
            TenantId = work.TenantId,
            State = BackgroundWorkState.Pending,
            CreatedAt = now,
            DueAt = work.DueAt,
        };
        await using var context = database.ForSystem();
        context.Set<BackgroundWorkItem>().Add(item);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return (item.Id, true);
        }
        catch (DbUpdateException) when (work.IdempotencyKey is not null)
        {
            // Another host queued the same key at the same moment: its row is the work.
            return (await FindIdByKeyAsync(work.IdempotencyKey, cancellationToken) ?? throw new InvalidOperationException("The work could not be queued."), false);
        }
    }

    public Guid Stage(ClaimsDbContext context, NewBackgroundWork work, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentException.ThrowIfNullOrWhiteSpace(work.Kind);
        if (work.IdempotencyKey is not null)
        {
            // A key already queued would fail the caller's whole unit of work on the unique index.
            throw new ArgumentException("Work staged in another unit of work has no idempotency key.", nameof(work));
        }

        var item = new BackgroundWorkItem
        {
            Id = Guid.CreateVersion7(now),
            Kind = work.Kind,
            Payload = work.Payload,
            TenantId = work.TenantId,
            State = BackgroundWorkState.Pending,
            CreatedAt = now,
            DueAt = work.DueAt,
        };
        context.Set<BackgroundWorkItem>().Add(item);
        return item.Id;
    }

    public async Task<BackgroundWorkItem?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        return await context.Set<BackgroundWorkItem>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<BackgroundWorkItem>> GetLeasableAsync(DateTimeOffset now, int take, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        return await context.Set<BackgroundWorkItem>().AsNoTracking()
            .Where(w => w.State == BackgroundWorkState.Pending && w.DueAt <= now && (w.LeaseExpiresAt == null || w.LeaseExpiresAt < now))
            .OrderBy(w => w.DueAt)
            .Take(Math.Clamp(take, 0, MaxTake))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> TryLeaseAsync(Guid id, string node, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(node);
        var until = now + lease;
        await using var context = database.ForSystem();
        var updated = await context.Set<BackgroundWorkItem>()
            .Where(w => w.Id == id && w.State == BackgroundWorkState.Pending && w.DueAt <= now && (w.LeaseExpiresAt == null || w.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(
                set => set.SetProperty(w => w.LeasedBy, node).SetProperty(w => w.LeaseExpiresAt, until).SetProperty(w => w.Attempts, w => w.Attempts + 1),
                cancellationToken);
        return updated == 1;
    }

    public async Task<bool> RenewAsync(Guid id, string node, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = now + lease;
        await using var context = database.ForSystem();
        var updated = await Held(context, id, node).ExecuteUpdateAsync(set => set.SetProperty(w => w.LeaseExpiresAt, until), cancellationToken);
        return updated == 1;
    }

    public async Task<bool> CheckpointAsync(Guid id, string node, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        await using var context = database.ForSystem();
        var updated = await Held(context, id, node).ExecuteUpdateAsync(set => set.SetProperty(w => w.Payload, payload), cancellationToken);
        return updated == 1;
    }

    public async Task<bool> FinishAsync(Guid id, string node, BackgroundWorkState state, DateTimeOffset now, string? error, CancellationToken cancellationToken)
    {
        if (state == BackgroundWorkState.Pending)
        {
            throw new ArgumentOutOfRangeException(nameof(state), "A finished row is Done or Failed.");
        }

        var reason = Trim(error);
        await using var context = database.ForSystem();
        var updated = await Held(context, id, node).ExecuteUpdateAsync(
            set => set.SetProperty(w => w.State, state).SetProperty(w => w.FinishedAt, now).SetProperty(w => w.LastError, reason)
                .SetProperty(w => w.LeasedBy, (string?)null).SetProperty(w => w.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken);
        return updated == 1;
    }

    public async Task<bool> ReleaseAsync(Guid id, string node, DateTimeOffset dueAt, string? error, bool refundAttempt, CancellationToken cancellationToken)
    {
        var reason = Trim(error);
        var refund = refundAttempt ? 1 : 0;
        await using var context = database.ForSystem();
        var updated = await Held(context, id, node).ExecuteUpdateAsync(
            set => set.SetProperty(w => w.DueAt, dueAt).SetProperty(w => w.LastError, reason).SetProperty(w => w.Attempts, w => w.Attempts - refund)
                .SetProperty(w => w.LeasedBy, (string?)null).SetProperty(w => w.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken);
        return updated == 1;
    }

    public async Task<int> PurgeAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        return await context.Set<BackgroundWorkItem>()
            .Where(w => w.State != BackgroundWorkState.Pending && w.FinishedAt < finishedBefore)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private static IQueryable<BackgroundWorkItem> Held(ClaimsDbContext context, Guid id, string node) =>
        context.Set<BackgroundWorkItem>().Where(w => w.Id == id && w.State == BackgroundWorkState.Pending && w.LeasedBy == node);

    public async Task<BackgroundWorkItem?> FindByKeyAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        await using var context = database.ForSystem();
        return await context.Set<BackgroundWorkItem>().AsNoTracking().FirstOrDefaultAsync(w => w.IdempotencyKey == idempotencyKey, cancellationToken);
    }

    private async Task<Guid?> FindIdByKeyAsync(string key, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        return await context.Set<BackgroundWorkItem>().AsNoTracking().Where(w => w.IdempotencyKey == key).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private static string? Trim(string? error) =>
        error is { Length: > BackgroundWorkConfiguration.ErrorLength } ? error[..BackgroundWorkConfiguration.ErrorLength] : error;
}
