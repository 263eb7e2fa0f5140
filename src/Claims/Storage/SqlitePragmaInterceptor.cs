using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CoopAssistant.Claims.Storage;

/// <summary>Every SQLite connection: a busy timeout, foreign keys and a 32 MB page cache (the default 2 MB is smaller than
/// the pages "next 1,000 due reminders" touches). The WAL journal mode is persistent in the file and is set once at start
/// (<see cref="ClaimsDatabase.EnsureJournalAsync"/>), so it is not re-issued on every open. The other settings belong to the
/// native connection, which Microsoft.Data.Sqlite pools: they are issued once per native connection (and again when the
/// checkpoint mode changed), not on every open of a pooled one.</summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    // synchronous=NORMAL with WAL: a commit survives a process crash (the crash test kills a writer); only a power loss
    // may drop the last commits, and the file stays consistent either way. FULL costs an fsync per commit.
    internal const string Pragmas = "PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32000; PRAGMA synchronous=NORMAL;";

    // While SqliteCheckpointer runs, commits do not checkpoint the WAL themselves (a checkpoint syncs the database file:
    // milliseconds paid by whichever turn's commit crossed the 1,000-page mark); the checkpointer does it in the background.
    private const string WithDeferredCheckpoints = Pragmas + " PRAGMA wal_autocheckpoint=0;";
    private const string WithAutomaticCheckpoints = Pragmas + " PRAGMA wal_autocheckpoint=1000;";

    /// <summary>Set by <see cref="SqliteCheckpointer"/> while it runs; applies to connections opened from then on.</summary>
    internal bool DeferCheckpoints { get; set; }

    // The pragma text last applied to each pooled native connection (entries go with the native connections).
    private readonly ConditionalWeakTable<sqlite3, string> _applied = [];

    private string Commands => DeferCheckpoints ? WithDeferredCheckpoints : WithAutomaticCheckpoints;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        var commands = Commands;
        if (IsApplied(connection, commands))
        {
            return;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = commands;
            command.ExecuteNonQuery();
        }

        MarkApplied(connection, commands);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var commands = Commands;
        if (IsApplied(connection, commands))
        {
            return;
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = commands;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        MarkApplied(connection, commands);
    }

    private bool IsApplied(DbConnection connection, string commands) =>
        connection is SqliteConnection { Handle: { } handle } && _applied.TryGetValue(handle, out var applied) && ReferenceEquals(applied, commands);

    private void MarkApplied(DbConnection connection, string commands)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _applied.AddOrUpdate(handle, commands);
        }
    }
}
