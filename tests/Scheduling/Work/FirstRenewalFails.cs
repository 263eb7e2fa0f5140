using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Work;

namespace CoopAssistant.Scheduling.Tests.Work;

/// <summary>The real store, except that the first lease renewal throws, as a storage hiccup (a locked or unreachable database) does.</summary>
internal sealed class FirstRenewalFails(IBackgroundWorkStore inner) : IBackgroundWorkStore
{
    private int _renewals;
    private int _held;

    public bool Failed => Volatile.Read(ref _renewals) > 0;

    /// <summary>How many renewals after the failed one found the lease still held and extended it.</summary>
    public int HeldAfterTheFailure => Volatile.Read(ref _held);

    public async Task<bool> RenewAsync(Guid id, string node, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _renewals) == 1)
        {
            throw new TimeoutException("Scripted storage hiccup.");
        }

        var held = await inner.RenewAsync(id, node, now, lease, cancellationToken);
        if (held)
        {
            Interlocked.Increment(ref _held);
        }

        return held;
    }

    public Task<(Guid Id, bool Added)> EnqueueAsync(NewBackgroundWork work, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.EnqueueAsync(work, now, cancellationToken);

    public Task<BackgroundWorkItem?> FindAsync(Guid id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

    public Guid Stage(ClaimsDbContext context, NewBackgroundWork work, DateTimeOffset now) => inner.Stage(context, work, now);

    public Task<BackgroundWorkItem?> FindByKeyAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        inner.FindByKeyAsync(idempotencyKey, cancellationToken);

    public Task<IReadOnlyList<BackgroundWorkItem>> GetLeasableAsync(DateTimeOffset now, int take, CancellationToken cancellationToken) =>
        inner.GetLeasableAsync(now, take, cancellationToken);

    public Task<bool> TryLeaseAsync(Guid id, string node, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        inner.TryLeaseAsync(id, node, now, lease, cancellationToken);

    public Task<bool> CheckpointAsync(Guid id, string node, string payload, CancellationToken cancellationToken) =>
        inner.CheckpointAsync(id, node, payload, cancellationToken);

    public Task<bool> FinishAsync(Guid id, string node, BackgroundWorkState state, DateTimeOffset now, string? error, CancellationToken cancellationToken) =>
        inner.FinishAsync(id, node, state, now, error, cancellationToken);

    public Task<bool> ReleaseAsync(Guid id, string node, DateTimeOffset dueAt, string? error, bool refundAttempt, CancellationToken cancellationToken) =>
        inner.ReleaseAsync(id, node, dueAt, error, refundAttempt, cancellationToken);

    public Task<int> PurgeAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken) => inner.PurgeAsync(finishedBefore, cancellationToken);
}
