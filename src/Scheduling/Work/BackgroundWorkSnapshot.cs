using CoopAssistant.Claims.Work;

namespace CoopAssistant.Scheduling.Work;

/// <summary>Queued work as stored now: its state and its payload as last checkpointed.</summary>
public sealed record BackgroundWorkSnapshot<T>(Guid Id, BackgroundWorkState State, T Payload, DateTimeOffset CreatedAt);
