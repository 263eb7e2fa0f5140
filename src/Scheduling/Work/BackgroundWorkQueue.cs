using CoopAssistant.Claims.Work;

namespace CoopAssistant.Scheduling.Work;

internal sealed class BackgroundWorkQueue(IBackgroundWorkStore store, BackgroundWorkSignal signal, TimeProvider time) : IBackgroundWorkQueue
{
    public async Task<Guid> EnqueueAsync<T>(BackgroundWorkKind<T> kind, T payload, string? idempotencyKey, string? tenantId, CancellationToken cancellationToken, TimeSpan? delay = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var now = time.GetUtcNow();
        var (id, added) = await store.EnqueueAsync(
            new NewBackgroundWork(kind.Name, kind.Serialize(payload), idempotencyKey, tenantId, now + (delay ?? TimeSpan.Zero)), now, cancellationToken);
        if (added)
        {
            signal.Notify();
        }

        return id;
    }

    public Guid Stage<T>(Claims.Storage.ClaimsDbContext context, BackgroundWorkKind<T> kind, T payload, string? tenantId)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var now = time.GetUtcNow();
        return store.Stage(context, new NewBackgroundWork(kind.Name, kind.Serialize(payload), null, tenantId, now), now);
    }

    public void Wake() => signal.Notify();

    public async Task<BackgroundWorkSnapshot<T>?> FindAsync<T>(BackgroundWorkKind<T> kind, Guid id, CancellationToken cancellationToken) =>
        Snapshot(kind, await store.FindAsync(id, cancellationToken));

    public async Task<BackgroundWorkSnapshot<T>?> FindByKeyAsync<T>(BackgroundWorkKind<T> kind, string idempotencyKey, CancellationToken cancellationToken) =>
        Snapshot(kind, await store.FindByKeyAsync(idempotencyKey, cancellationToken));

    private static BackgroundWorkSnapshot<T>? Snapshot<T>(BackgroundWorkKind<T> kind, BackgroundWorkItem? item)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return item is not null && string.Equals(item.Kind, kind.Name, StringComparison.Ordinal)
            ? new BackgroundWorkSnapshot<T>(item.Id, item.State, kind.Deserialize(item.Payload), item.CreatedAt)
            : null;
    }
}
