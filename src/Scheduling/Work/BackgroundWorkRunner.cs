using System.Collections.Concurrent;
using System.Collections.Frozen;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Work;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Scheduling.Work;

/// <summary>
/// Runs queued background work on this host: leases due rows (one conditional update each, so a row runs on one host at a
/// time), runs each with its handler on a token that only the host's shutdown or a lost lease cancels — never a request —,
/// renews the lease while it runs, and finishes, retries (with growing delays), defers or gives up the row. At shutdown the
/// rows it holds are given back at once (their attempt refunded), so the restarted host, or another one, resumes them from
/// their last checkpoint.
/// </summary>
public sealed partial class BackgroundWorkRunner : BackgroundService
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);
    private static readonly TimeSpan GiveUpTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan UnknownKindDelay = TimeSpan.FromMinutes(1);

    private readonly IBackgroundWorkStore _store;
    private readonly FrozenDictionary<string, IBackgroundWorkHandler> _handlers;
    private readonly BackgroundWorkSignal _signal;
    private readonly TimeProvider _time;
    private readonly IOptions<BackgroundWorkOptions> _options;
    private readonly ILogger<BackgroundWorkRunner> _logger;
    private readonly ConcurrentDictionary<Guid, Task> _running = new();
    private DateTimeOffset _nextPurge;

    public BackgroundWorkRunner(
        IBackgroundWorkStore store,
        IEnumerable<IBackgroundWorkHandler> handlers,
        BackgroundWorkSignal signal,
        TimeProvider time,
        IOptions<BackgroundWorkOptions> options,
        ILogger<BackgroundWorkRunner> logger)
    {
        _store = store;
        _handlers = handlers.ToFrozenDictionary(h => h.Kind, StringComparer.Ordinal);
        _signal = signal;
        _time = time;
        _options = options;
        _logger = logger;
        var node = options.Value.NodeId ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        NodeId = node.Length > 128 ? node[^128..] : node;
    }

    /// <summary>This host's name on the leases it takes.</summary>
    public string NodeId { get; }

    /// <summary>Rows running on this host now.</summary>
    public int Running => _running.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _nextPurge = _time.GetUtcNow();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var o = _options.Value;
                try
                {
                    await LeaseAndStartAsync(o, stoppingToken);
                    await PurgeIfDueAsync(o, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException && StorageFailure.Classify(exception) != StorageFailureKind.None)
                {
                    LogStorageUnavailable(_logger, exception.GetType().Name);
                }

                await _signal.WaitAsync(o.PollInterval, _time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            // Every run sees the same stopping token: wait (bounded by the host's shutdown timeout) for them to hand their rows back.
            await Task.WhenAll(_running.Values);
        }
    }

    private async Task LeaseAndStartAsync(BackgroundWorkOptions o, CancellationToken stoppingToken)
    {
        var free = o.Parallelism - _running.Count;
        if (free <= 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        foreach (var item in await _store.GetLeasableAsync(now, free, stoppingToken))
        {
            if (_running.ContainsKey(item.Id) || !await _store.TryLeaseAsync(item.Id, NodeId, _time.GetUtcNow(), o.LeaseDuration, stoppingToken))
            {
                continue;
            }

            if (!_handlers.TryGetValue(item.Kind, out var handler))
            {
                // A kind this host does not know (a newer host queued it during a rolling update): leave it to the others.
                LogUnknownKind(_logger, item.Kind, item.Id);
                await _store.ReleaseAsync(item.Id, NodeId, now + UnknownKindDelay, "UnknownKind", refundAttempt: true, CancellationToken.None);
                continue;
            }

            var attempt = item.Attempts + 1;
            var run = new BackgroundWorkRun(item.Id, attempt, item.Payload, (payload, ct) => CheckpointAsync(item.Id, payload, ct));
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _running[item.Id] = started.Task;
            _ = RunAsync(handler, run, item.Kind, stoppingToken).ContinueWith(
                _ =>
                {
                    _running.TryRemove(item.Id, out var _);
                    started.TrySetResult();
                    _signal.Notify();
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private async Task CheckpointAsync(Guid id, string payload, CancellationToken cancellationToken)
    {
        if (!await _store.CheckpointAsync(id, NodeId, payload, cancellationToken))
        {
            throw new BackgroundWorkLeaseLostException(id);
        }
    }

    private async Task RunAsync(IBackgroundWorkHandler handler, BackgroundWorkRun run, string kind, CancellationToken stoppingToken)
    {
        var o = _options.Value;
        using var lease = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var renewing = RenewWhileRunningAsync(run.Id, o, lease);
        Result<Done, BackgroundWorkDelay> result;
        string? error = null;
        try
        {
            await Task.Yield();
            result = await handler.RunAsync(run, lease.Token);
        }
        catch (OperationCanceledException) when (lease.IsCancellationRequested)
        {
            // Host stopping or lease lost: not the work's failure. Give the row back (if still ours) to resume from its checkpoint.
            LogInterrupted(_logger, kind, run.Id);
            await _store.ReleaseAsync(run.Id, NodeId, _time.GetUtcNow(), "Interrupted", refundAttempt: true, CancellationToken.None);
            return;
        }
        catch (BackgroundWorkLeaseLostException)
        {
            LogInterrupted(_logger, kind, run.Id);
            return;
        }
        catch (Exception exception)
        {
            LogRunFailed(_logger, exception, kind, run.Id, run.Attempt);
            error = exception.GetType().Name;
            result = BackgroundWorkResult.Retry(o.RetryDelay * Math.Pow(2, Math.Min(run.Attempt - 1, 10)), error);
        }
        finally
        {
            await lease.CancelAsync();
        }

        try
        {
            await FinishAsync(handler, run, kind, result, o);
        }
        catch (Exception exception) when (StorageFailure.Classify(exception) != StorageFailureKind.None)
        {
            // The row keeps its lease until it runs out; then it runs again from its last checkpoint (steps are safe to repeat).
            LogStorageUnavailable(_logger, exception.GetType().Name);
        }
    }

    private async Task FinishAsync(IBackgroundWorkHandler handler, BackgroundWorkRun run, string kind, Result<Done, BackgroundWorkDelay> result, BackgroundWorkOptions o)
    {
        var now = _time.GetUtcNow();
        switch (result.Error)
        {
            case BackgroundWorkDelay.Deferred deferred:
                await _store.ReleaseAsync(run.Id, NodeId, now + deferred.Delay, null, refundAttempt: true, CancellationToken.None);
                return;
            case BackgroundWorkDelay.RetryLater retry when run.Attempt < o.MaxAttempts:
                await _store.ReleaseAsync(run.Id, NodeId, now + retry.Delay, retry.Reason, refundAttempt: false, CancellationToken.None);
                return;
            case BackgroundWorkDelay.RetryLater retry:
                LogGaveUp(_logger, kind, run.Id, run.Attempt, retry.Reason);
                using (var timeout = new CancellationTokenSource(GiveUpTimeout))
                {
                    try
                    {
                        await handler.GiveUpAsync(run, timeout.Token);
                    }
#pragma warning disable CA1031 // The row must be marked failed whatever the notice did.
                    catch (Exception exception)
#pragma warning restore CA1031
                    {
                        LogGiveUpFailed(_logger, exception, kind, run.Id);
                    }
                }

                await _store.FinishAsync(run.Id, NodeId, BackgroundWorkState.Failed, _time.GetUtcNow(), retry.Reason, CancellationToken.None);
                return;
            default:
                await _store.FinishAsync(run.Id, NodeId, BackgroundWorkState.Done, now, null, CancellationToken.None);
                return;
        }
    }

    /// <summary>Renews the lease every third of its length; when a renewal finds the lease lost, the run is cancelled.</summary>
    private async Task PurgeIfDueAsync(BackgroundWorkOptions o, CancellationToken stoppingToken)
    {
        var now = _time.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now + PurgeEvery;
        var purged = await _store.PurgeAsync(now - o.KeepFinished, stoppingToken);
        if (purged > 0)
        {
            LogPurged(_logger, purged);
        }
    }
}
