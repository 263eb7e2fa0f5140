using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CoopAssistant.Claims.Storage;

/// <summary>What a failed storage call means for the user: nothing to do with storage, the database is out of reach
/// for now (down, restarting, locked, timed out), or it is out of space.</summary>
public enum StorageFailureKind
{
    None,
    Unavailable,
    Full,
}

/// <summary>
/// Classifies an exception by type and provider error code (never by message text): SQLite's SQLITE_FULL and PostgreSQL's
/// <c>53100 disk_full</c> are <see cref="StorageFailureKind.Full"/>; Npgsql's transient errors, SQLite's busy, locked,
/// I/O and cannot-open errors and a <see cref="TimeoutException"/> from a database call are
/// <see cref="StorageFailureKind.Unavailable"/>. EF Core's wrappers (<c>DbUpdateException</c>, retry-limit and
/// transient-failure exceptions) are looked through.
/// </summary>
public static class StorageFailure
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;
    private const string PostgresDiskFull = "53100";

    public static StorageFailureKind Classify(Exception? exception)
    {
        for (var depth = 0; exception is not null && depth < 16; depth++, exception = exception.InnerException)
        {
            switch (exception)
            {
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode switch
                    {
                        SqliteFull => StorageFailureKind.Full,
                        SqliteBusy or SqliteLocked or SqliteIoError or SqliteCannotOpen => StorageFailureKind.Unavailable,
                        _ => StorageFailureKind.None,
                    };
                case PostgresException { SqlState: PostgresDiskFull }:
                    return StorageFailureKind.Full;
                case PostgresException postgres when IsConnectionOrShutdown(postgres.SqlState):
                    return StorageFailureKind.Unavailable;
                case NpgsqlException npgsql:
                    return npgsql.IsTransient ? StorageFailureKind.Unavailable : StorageFailureKind.None;
                case DbException { IsTransient: true }:
                    return StorageFailureKind.Unavailable;
                case TimeoutException:
                    return StorageFailureKind.Unavailable;
                case HttpRequestException or OperationCanceledException:
                    // An outside service (Graph, the Connector) or a cancelled request: not the database.
                    return StorageFailureKind.None;
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    return Classify(aggregate.InnerExceptions[0]);
                default:
                    continue;
            }
        }

        return StorageFailureKind.None;
    }

    /// <summary>Class 08 (connection exception) and 57P01–57P05 (shutdown, crash, cannot connect now, idle timeout).</summary>
    private static bool IsConnectionOrShutdown(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("57P", StringComparison.Ordinal);
}
