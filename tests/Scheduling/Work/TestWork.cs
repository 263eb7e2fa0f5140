using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoopAssistant.Claims.Results;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Scheduling.Tests.Work;

/// <summary>A test payload: <see cref="Steps"/> steps, <see cref="Done"/> of them done (checkpointed after each).</summary>
public sealed record TestWork(string Name, int Steps, int Done = 0, int FailUntilAttempt = 0, int DeferTimes = 0, int Deferred = 0)
{
    public static readonly BackgroundWorkKind<TestWork> WorkKind = new("test.steps", TestWorkJsonContext.Default.TestWork);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TestWork))]
internal sealed partial class TestWorkJsonContext : JsonSerializerContext;

/// <summary>What every host's handler did, shared by the hosts of one test.</summary>
public sealed class WorkLog
{
    public ConcurrentQueue<(string Node, string Name, int Attempt)> Runs { get; } = new();

    public ConcurrentQueue<(string Node, string Name, int Step)> Steps { get; } = new();

    public ConcurrentQueue<string> GaveUp { get; } = new();

    /// <summary>Runs of these (name, step) wait here until cancelled.</summary>
    public ConcurrentDictionary<(string Name, int Step), TaskCompletionSource> Blocks { get; } = new();
}

/// <summary>Runs <see cref="TestWork"/>: fails while the attempt is at most <see cref="TestWork.FailUntilAttempt"/>, defers
/// <see cref="TestWork.DeferTimes"/> times, then does its steps with a checkpoint after each.</summary>
public sealed class TestWorkHandler(WorkLog log, string node) : BackgroundWorkHandler<TestWork>
{
    protected override BackgroundWorkKind<TestWork> WorkKind => TestWork.WorkKind;

    protected override async Task<Result<Done, BackgroundWorkDelay>> RunAsync(BackgroundWorkContext<TestWork> work, CancellationToken cancellationToken)
    {
        var payload = work.Payload;
        log.Runs.Enqueue((node, payload.Name, work.Attempt));
        if (work.Attempt <= payload.FailUntilAttempt)
        {
            throw new InvalidOperationException("Scripted failure.");
        }

        if (payload.Deferred < payload.DeferTimes)
        {
            await work.CheckpointAsync(payload with { Deferred = payload.Deferred + 1 }, cancellationToken);
            return BackgroundWorkResult.Defer(TimeSpan.FromMilliseconds(20));
        }

        for (var step = payload.Done; step < payload.Steps; step++)
        {
            if (log.Blocks.TryGetValue((payload.Name, step), out var block))
            {
                block.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            log.Steps.Enqueue((node, payload.Name, step));
            payload = payload with { Done = step + 1 };
            await work.CheckpointAsync(payload, cancellationToken);
        }

        return BackgroundWorkResult.Done;
    }

    protected override Task GiveUpAsync(BackgroundWorkContext<TestWork> work, CancellationToken cancellationToken)
    {
        log.GaveUp.Enqueue(work.Payload.Name);
        return Task.CompletedTask;
    }
}
