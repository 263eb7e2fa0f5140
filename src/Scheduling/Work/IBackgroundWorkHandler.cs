using CoopAssistant.Claims.Results;

namespace CoopAssistant.Scheduling.Work;

/// <summary>Runs one kind of background work. Implement <see cref="BackgroundWorkHandler{T}"/> rather than this.</summary>
public interface IBackgroundWorkHandler
{
    string Kind { get; }

    /// <summary>One run. <paramref name="cancellationToken"/> ends only when the host stops or the lease is lost, never with a request.</summary>
    Task<Result<Done, BackgroundWorkDelay>> RunAsync(BackgroundWorkRun run, CancellationToken cancellationToken);

    /// <summary>Called once when the work is given up after its last attempt (tell the user); must not throw.</summary>
    Task GiveUpAsync(BackgroundWorkRun run, CancellationToken cancellationToken);
}

/// <summary>What a run gets: the row's id, the attempt number, the payload as last checkpointed, and the means to checkpoint.</summary>
public sealed class BackgroundWorkRun(Guid id, int attempt, string payload, Func<string, CancellationToken, Task> checkpoint)
{
    public Guid Id { get; } = id;

    /// <summary>1 for the first run; runs that were deferred or interrupted by a shutdown do not count.</summary>
    public int Attempt { get; } = attempt;

    public string Payload { get; private set; } = payload;

    public async Task CheckpointAsync(string payload, CancellationToken cancellationToken)
    {
        await checkpoint(payload, cancellationToken);
        Payload = payload;
    }
}
