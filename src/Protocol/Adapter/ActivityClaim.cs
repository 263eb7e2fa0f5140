namespace CoopAssistant.Protocol.Adapter;

/// <summary>What <see cref="IActivityDeduplicationStore.TryBeginAsync"/> found.</summary>
public enum ActivityClaim
{
    /// <summary>First delivery (or the host that began it died): process it.</summary>
    Begun,

    /// <summary>Already processed: drop the redelivery.</summary>
    Done,

    /// <summary>Another host is processing it right now: ask the channel to retry later.</summary>
    InProgress,
}
