namespace CoopAssistant.Scheduling.Work;

/// <summary>Queues work to run outside the request (survives a restart; one host runs it), and reads queued work back.</summary>
public interface IBackgroundWorkQueue
{
    /// <summary>
    /// Queues <paramref name="payload"/>; with an <paramref name="idempotencyKey"/> already queued, nothing is added and the existing
    /// id is returned. The work starts at once on this host (or after <paramref name="delay"/>) unless another host leases it first.
    /// </summary>
    Task<Guid> EnqueueAsync<T>(BackgroundWorkKind<T> kind, T payload, string? idempotencyKey, string? tenantId, CancellationToken cancellationToken, TimeSpan? delay = null);

    /// <summary>
    /// Adds the work to <paramref name="context"/>, the caller's unit of work (a claim change and the work it calls for commit
    /// together or not at all); once that is saved, call <see cref="Wake"/> so this host starts it at once.
    /// </summary>
    Guid Stage<T>(Claims.Storage.ClaimsDbContext context, BackgroundWorkKind<T> kind, T payload, string? tenantId);

    /// <summary>Wakes this host's runner (work was queued by <see cref="Stage"/> and saved).</summary>
    void Wake();

    /// <summary>The work with <paramref name="id"/> when it is of <paramref name="kind"/>, else null.</summary>
    Task<BackgroundWorkSnapshot<T>?> FindAsync<T>(BackgroundWorkKind<T> kind, Guid id, CancellationToken cancellationToken);

    /// <summary>The work queued with <paramref name="idempotencyKey"/> when it is of <paramref name="kind"/>, else null.</summary>
    Task<BackgroundWorkSnapshot<T>?> FindByKeyAsync<T>(BackgroundWorkKind<T> kind, string idempotencyKey, CancellationToken cancellationToken);
}
