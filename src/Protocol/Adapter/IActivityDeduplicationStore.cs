namespace CoopAssistant.Protocol.Adapter;

/// <summary>
/// The de-duplication record several hosts behind one endpoint share (implemented by the app, registered only when hosts
/// share state). Without one, each host drops only the redeliveries it received itself. Keys are SHA-256 hex strings of
/// channel, conversation and activity id (<see cref="ActivityDeduplicator.StoreKey"/>).
/// </summary>
public interface IActivityDeduplicationStore
{
    /// <summary>Claims the activity for this host unless another host has a live claim (or finished it) within <paramref name="window"/>.</summary>
    Task<ActivityClaim> TryBeginAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Marks a begun activity processed: redeliveries within <paramref name="window"/> are dropped.</summary>
    Task CompleteAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Removes a begun, unfinished activity (its turn failed: the channel's retry must be processed).</summary>
    Task ForgetAsync(string key, CancellationToken cancellationToken);
}
