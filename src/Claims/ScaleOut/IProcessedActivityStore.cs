namespace CoopAssistant.Claims.ScaleOut;

/// <summary>Cluster-wide record of inbound activities being or already processed (insert-if-absent on one table).</summary>
public interface IProcessedActivityStore
{
    /// <summary>Claims the activity for this host unless a live row exists. A row still in progress after
    /// <paramref name="lease"/> is taken over; a row older than <paramref name="window"/> is forgotten.</summary>
    Task<ActivityClaim> TryBeginAsync(string key, DateTimeOffset now, TimeSpan lease, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Marks a begun activity processed (redeliveries within <paramref name="window"/> are dropped).</summary>
    Task CompleteAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Removes a begun, unfinished activity (its turn failed: the channel's retry must be processed).</summary>
    Task ForgetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes rows past their window; returns how many.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
