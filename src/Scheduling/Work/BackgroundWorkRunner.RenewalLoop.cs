namespace CoopAssistant.Scheduling.Work;

public sealed partial class BackgroundWorkRunner
{
    /// <summary>
    /// Renews the run's lease every third of its duration until the run ends; a lost lease cancels the run. A renewal that
    /// fails (storage hiccup) is tried again after a twelfth of the lease, not a third, so the lease keeps most of its margin.
    /// </summary>
    private RenewalLoop RenewWhileRunningAsync(Guid id, BackgroundWorkOptions o, CancellationTokenSource lease) =>
        new(async () =>
        {
            var every = o.LeaseDuration / 3;
            var next = every;
            while (!lease.IsCancellationRequested)
            {
                await Task.Delay(next, _time, lease.Token);
                next = every;
                bool held;
                try
                {
                    held = await _store.RenewAsync(id, NodeId, _time.GetUtcNow(), o.LeaseDuration, lease.Token);
                }
#pragma warning disable CA1031 // A storage hiccup must not end the renewals: the lease still runs for two thirds, so try again soon.
                catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    LogRenewalFailed(_logger, exception.GetType().Name, id);
                    next = every / 4;
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
