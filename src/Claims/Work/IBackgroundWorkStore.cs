namespace CoopAssistant.Claims.Work;

/// <summary>
/// The <c>BackgroundWork</c> table (system-wide, not reachable from user requests): queue, lease, checkpoint, finish. Every
/// change after the lease names the leasing node and succeeds only while that node still holds the row.
/// </summary>
public interface IBackgroundWorkStore
{
    /// <summary>Queues the work; when its idempotency key is already queued (or done), the existing row's id is returned and nothing is added.</summary>
    Task<(Guid Id, bool Added)> EnqueueAsync(NewBackgroundWork work, DateTimeOffset now, CancellationToken cancellationToken);

    Task<BackgroundWorkItem?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Adds the work (without an idempotency key) to <paramref name="context"/>: it is queued when the caller saves that
    /// unit of work (for example a claim change and the work it calls for, in one transaction), or not at all.</summary>
    Guid Stage(Storage.ClaimsDbContext context, NewBackgroundWork work, DateTimeOffset now);

    /// <summary>The row queued with <paramref name="idempotencyKey"/>, if any.</summary>
    Task<BackgroundWorkItem?> FindByKeyAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Pending rows due at or before <paramref name="now"/> whose lease is free or expired, oldest due first.</summary>
    Task<IReadOnlyList<BackgroundWorkItem>> GetLeasableAsync(DateTimeOffset now, int take, CancellationToken cancellationToken);

    /// <summary>Leases a pending, due row whose lease is free or expired, counting the attempt; false when another node has it.</summary>
    Task<bool> TryLeaseAsync(Guid id, string node, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Extends the lease of a row this node holds; false when the lease was lost.</summary>
    Task<bool> RenewAsync(Guid id, string node, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Saves the payload of a row this node holds (the handler's progress); false when the lease was lost.</summary>
    Task<bool> CheckpointAsync(Guid id, string node, string payload, CancellationToken cancellationToken);

    /// <summary>Marks a held row finished (<see cref="BackgroundWorkState.Done"/> or <see cref="BackgroundWorkState.Failed"/>).</summary>
    Task<bool> FinishAsync(Guid id, string node, BackgroundWorkState state, DateTimeOffset now, string? error, CancellationToken cancellationToken);

    /// <summary>Gives a held row back to run again at <paramref name="dueAt"/>; <paramref name="refundAttempt"/> when the run was not a failure.</summary>
    Task<bool> ReleaseAsync(Guid id, string node, DateTimeOffset dueAt, string? error, bool refundAttempt, CancellationToken cancellationToken);

    /// <summary>Deletes rows finished before <paramref name="finishedBefore"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken);
}
