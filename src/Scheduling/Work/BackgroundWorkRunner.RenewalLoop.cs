namespace CoopAssistant.Scheduling.Work;

public sealed partial class BackgroundWorkRunner
{
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
