using CoopAssistant.Claims.Model;

namespace CoopAssistant.Scheduling.Storage;

/// <summary>System-wide reminder rows for the scheduler (crosses tenants on purpose: it is not reachable from user requests).</summary>
public interface IReminderStore
{
    /// <summary>Adds the reminder unless one with the same idempotency key exists; true when added.</summary>
    Task<bool> AddAsync(Reminder reminder, CancellationToken cancellationToken);

    /// <summary>Adds the reminders (all of one claim) whose idempotency keys do not exist yet, in one transaction; returns how many.</summary>
    Task<int> AddManyAsync(IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken);

    /// <summary>The first <paramref name="take"/> unsent reminders due at or before <paramref name="now"/>, by due time.</summary>
    Task<IReadOnlyList<Reminder>> GetDueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken);

    /// <summary>Like <see cref="GetDueAsync"/> but only rows whose lease is free or expired (what a dispatcher can take, so rows
    /// held by a dead node never starve the others).</summary>
    Task<IReadOnlyList<Reminder>> GetLeasableAsync(DateTimeOffset now, int take, CancellationToken cancellationToken);

    /// <summary>Takes a lease on an unsent reminder whose lease is free or expired, and counts the attempt; false if another node holds it.</summary>
    Task<bool> TryLeaseAsync(Guid reminderId, string leasedBy, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Marks a leased reminder sent; false if the lease was lost or it was already sent.</summary>
    Task<bool> MarkSentAsync(Guid reminderId, string leasedBy, DateTimeOffset sentAt, CancellationToken cancellationToken);

    /// <summary>Gives a leased, unsent reminder back with a new due time (a retry later); false if the lease was lost.</summary>
    Task<bool> ReleaseAsync(Guid reminderId, string leasedBy, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Deletes the claim's unsent reminders whose idempotency key is not in <paramref name="keep"/> (a re-plan); returns how many.</summary>
    Task<int> CancelUnsentAsync(Guid claimId, IReadOnlyCollection<string> keep, CancellationToken cancellationToken);

    /// <summary>The idempotency keys of all the claim's reminders (sent or not).</summary>
    Task<IReadOnlyList<string>> GetKeysAsync(Guid claimId, CancellationToken cancellationToken);
}
