using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Storage;

/// <summary>
/// SQLite: checkpoints the WAL every <see cref="StorageOptions.CheckpointInterval"/> (<c>PASSIVE</c>: never waits for or
/// blocks readers and writers), so that no user's commit pays for a checkpoint and its file sync. While it runs, commits
/// do not checkpoint on their own; when it stops (or is switched off with a zero interval) they do again. No-op on PostgreSQL.
/// </summary>
public sealed partial class SqliteCheckpointer(
    ClaimsDatabase database, IOptions<StorageOptions> options, TimeProvider time, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>WAL frames moved into the database file by the last checkpoint (for tests and diagnostics).</summary>
    public long LastCheckpointedFrames { get; private set; }

    /// <summary>Checkpoints that ran.</summary>
    public long Checkpoints { get; private set; }

    private bool Enabled => database.Provider == StorageProvider.Sqlite && options.Value.CheckpointInterval > TimeSpan.Zero;

    /// <summary>Commits stop checkpointing before this returns (ExecuteAsync itself runs in the background).</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (Enabled)
        {
            database.DeferSqliteCheckpoints = true;
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Value.CheckpointInterval, time, stoppingToken);
                await CheckpointAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            database.DeferSqliteCheckpoints = false;
            await CheckpointAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Microsoft.Data.Sqlite runs a command synchronously even behind its async API, and a checkpoint copies the WAL and
    /// syncs the files (milliseconds of disk wait): it runs on a thread of its own, never holding a thread-pool worker
    /// that turns are queued for.
    /// </summary>
    private Task CheckpointAsync(CancellationToken cancellationToken) =>
        Task.Factory.StartNew(Checkpoint, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Checkpoint()
    {
        try
        {
            using var context = database.ForSystem();
            context.Database.OpenConnection();
            using DbCommand command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                LastCheckpointedFrames = reader.GetInt64(2);
                Checkpoints++;
            }
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            // The next tick tries again; meanwhile the WAL only grows.
            LogCheckpointFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite WAL checkpoint failed; retrying on the next tick")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
