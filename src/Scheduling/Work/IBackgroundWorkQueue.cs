namespace CoopAssistant.Scheduling.Work;

/// <summary>Queues work to run outside the request (survives a restart; one host runs it), and reads queued work back.</summary>
public interface IBackgroundWorkQueue
{
    /// <summary>
    /// Queues <paramref name="payload"/>; with an <paramref name="idempotencyKey"/> already queued, nothing is added and the existing
    /// id is returned. The work starts at once on this host (or after <paramref name="delay"/>) unless another host leases it first.
    /// </summary>
    Task<Guid> EnqueueAsync<T>(BackgroundWorkKind<T> kind, T payload, string? idempotencyKey, string? tenantId, CancellationToken cancellationToken, TimeSpan? delay = null);

    /// <summary>The work with <paramref name="id"/> when it is of <paramref name="kind"/>, else null.</summary>
    Task<BackgroundWorkSnapshot<T>?> FindAsync<T>(BackgroundWorkKind<T> kind, Guid id, CancellationToken cancellationToken);

    /// <summary>The work queued with <paramref name="idempotencyKey"/> when it is of <paramref name="kind"/>, else null.</summary>
    Task<BackgroundWorkSnapshot<T>?> FindByKeyAsync<T>(BackgroundWorkKind<T> kind, string idempotencyKey, CancellationToken cancellationToken);
}
