namespace CoopAssistant.Scheduling.Work;

/// <summary>A checkpoint found that this host no longer holds the row (its lease ran out and another host took it).</summary>
public sealed class BackgroundWorkLeaseLostException(Guid id) : Exception($"The lease on background work {id} was lost.");
