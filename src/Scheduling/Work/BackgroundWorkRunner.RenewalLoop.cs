namespace CoopAssistant.Scheduling.Work;

public sealed partial class BackgroundWorkRunner
{
    /// <summary>Renews the run's lease every third of its duration until the run ends; a lost lease cancels the run.</summary>
    private RenewalLoop RenewWhileRunningAsync(Guid id, BackgroundWorkOptions o, CancellationTokenSource lease) =>
        new(async () =>
        {
            var every = o.LeaseDuration / 3;
            while (!lease.IsCancellationRequested)
            {
                await Task.Delay(every, _time, lease.Token);
                bool held;
                try
                {
                    held = await _store.RenewAsync(id, NodeId, _time.GetUtcNow(), o.LeaseDuration, lease.Token);
                }
#pragma warning disable CA1031 // A storage hiccup must not end the renewals: the lease still runs for two more ticks, so try again.
                catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    LogRenewalFailed(_logger, exception.GetType().Name, id);
                    continue;
                }

                if (!held)
                {
                    LogLeaseLost(_logger, id);
                    await lease.CancelAsync();
                }
            }
        });

    /// <summary>The renewal loop of one run; disposing waits for it to stop (it stops when the run's token is cancelled).</summary>
    private sealed class RenewalLoop(Func<Task> loop) : IDisposable
    {
        private readonly Task _task = Task.Run(async () =>
        {
            try
            {
                await loop();
            }
            catch (OperationCanceledException)
            {
            }
#pragma warning disable CA1031 // A failed renewal (storage hiccup) must not crash the host; the lease then runs out and another host takes over.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        });

        public void Dispose() => _task.Wait(TimeSpan.FromSeconds(5));
    }
}
