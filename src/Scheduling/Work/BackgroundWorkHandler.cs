using CoopAssistant.Claims.Results;

namespace CoopAssistant.Scheduling.Work;

/// <summary>A typed handler: the payload is read with the kind's JSON contract, and checkpoints write it back.</summary>
public abstract class BackgroundWorkHandler<T> : IBackgroundWorkHandler
{
    protected abstract BackgroundWorkKind<T> WorkKind { get; }

    public string Kind => WorkKind.Name;

    Task<Result<Done, BackgroundWorkDelay>> IBackgroundWorkHandler.RunAsync(BackgroundWorkRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return RunAsync(new BackgroundWorkContext<T>(run, WorkKind), cancellationToken);
    }

    Task IBackgroundWorkHandler.GiveUpAsync(BackgroundWorkRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return GiveUpAsync(new BackgroundWorkContext<T>(run, WorkKind), cancellationToken);
    }

    protected abstract Task<Result<Done, BackgroundWorkDelay>> RunAsync(BackgroundWorkContext<T> work, CancellationToken cancellationToken);

    protected abstract Task GiveUpAsync(BackgroundWorkContext<T> work, CancellationToken cancellationToken);
}

/// <summary>A typed run: <see cref="Payload"/> as last checkpointed; <see cref="CheckpointAsync"/> saves progress so a later run
/// (after a crash, a restart or on another host) resumes from it.</summary>
public sealed class BackgroundWorkContext<T>(BackgroundWorkRun run, BackgroundWorkKind<T> kind)
{
    public Guid Id => run.Id;

    public int Attempt => run.Attempt;

    public T Payload { get; private set; } = kind.Deserialize(run.Payload);

    public async Task CheckpointAsync(T payload, CancellationToken cancellationToken)
    {
        await run.CheckpointAsync(kind.Serialize(payload), cancellationToken);
        Payload = payload;
    }
}
