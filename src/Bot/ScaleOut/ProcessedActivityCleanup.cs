using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.ScaleOut;

/// <summary>Deletes expired de-duplication rows every <see cref="ScaleOutOptions.CleanupInterval"/> (every host does; the
/// delete is idempotent, so two hosts doing it at once is harmless). Runs only where the shared table is used.</summary>
internal sealed partial class ProcessedActivityCleanup(
    DatabaseActivityDeduplicationStore store, IOptions<ScaleOutOptions> options, TimeProvider time, ILogger<ProcessedActivityCleanup> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var removed = await store.PurgeExpiredAsync(time.GetUtcNow(), stoppingToken);
                LogPurged(removed);
            }
#pragma warning disable CA1031 // The next tick tries again; a failed clean-up loses nothing.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Debug, Message = "Removed {Count} expired de-duplication rows")]
    private partial void LogPurged(int count);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "De-duplication clean-up failed; it runs again at the next interval")]
    private partial void LogFailed(Exception exception);
}
