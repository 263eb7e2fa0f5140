namespace CoopAssistant.Claims.Work;

/// <summary>
/// One piece of work queued to run outside a request (storage entity, table <c>BackgroundWork</c>): a kind, a JSON payload the
/// kind's handler understands (and rewrites as it checkpoints), a due time and a lease. A host leases a due row before running
/// it; a dead host's lease expires and another host (or the restarted one) takes the row over from its last checkpoint.
/// </summary>
public sealed class BackgroundWorkItem
{
    public Guid Id { get; set; }

    /// <summary>The handler's name, e.g. <c>evidence.chatFiles</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The handler's typed payload as JSON (its latest checkpoint).</summary>
    public required string Payload { get; set; }

    /// <summary>Unique when set: the same work queued twice (a redelivered activity, a second click) is one row.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>The tenant the work belongs to, when it belongs to one (for diagnostics and clean-up).</summary>
    public string? TenantId { get; set; }

    public BackgroundWorkState State { get; set; }

    /// <summary>Runs started (a lease taken); a run that was only deferred or interrupted by a shutdown gives its attempt back.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not run before this time (retries and deferrals move it).</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>The node that holds the lease, if any.</summary>
    public string? LeasedBy { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why the last run failed: a short code or exception type name, never shown to users.</summary>
    public string? LastError { get; set; }
}
