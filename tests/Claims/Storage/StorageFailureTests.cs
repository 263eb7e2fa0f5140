using CoopAssistant.Claims.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopAssistant.Claims.Tests.Storage;

public sealed class StorageFailureTests
{
    public static TheoryData<string, StorageFailureKind> Cases => new()
    {
        { "sqlite full", StorageFailureKind.Full },
        { "sqlite full inside DbUpdateException", StorageFailureKind.Full },
        { "sqlite busy", StorageFailureKind.Unavailable },
        { "sqlite constraint", StorageFailureKind.None },
        { "postgres disk full", StorageFailureKind.Full },
        { "postgres shutting down", StorageFailureKind.Unavailable },
        { "postgres starting up", StorageFailureKind.Unavailable },
        { "postgres unique violation", StorageFailureKind.None },
        { "npgsql connection refused", StorageFailureKind.Unavailable },
        { "npgsql timeout", StorageFailureKind.Unavailable },
        { "EF transient wrapper", StorageFailureKind.Unavailable },
        { "timeout", StorageFailureKind.Unavailable },
        { "http timeout (not the database)", StorageFailureKind.None },
        { "bug", StorageFailureKind.None },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_ByTypeAndCode(string name, StorageFailureKind expected) =>
        Assert.Equal(expected, StorageFailure.Classify(Create(name)));

    private static Exception Create(string name) => name switch
    {
        "sqlite full" => new SqliteException("database or disk is full", 13),
        "sqlite full inside DbUpdateException" => new DbUpdateException("An error occurred while saving", new SqliteException("database or disk is full", 13)),
        "sqlite busy" => new SqliteException("database is locked", 5),
        "sqlite constraint" => new DbUpdateException("save", new SqliteException("UNIQUE constraint failed", 19)),
        "postgres disk full" => new PostgresException("could not extend file", "ERROR", "ERROR", "53100"),
        "postgres shutting down" => new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"),
        "postgres starting up" => new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"),
        "postgres unique violation" => new DbUpdateException("save", new PostgresException("duplicate key", "ERROR", "ERROR", "23505")),
        "npgsql connection refused" => new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111)),
        "npgsql timeout" => new NpgsqlException("Exception while reading from stream", new TimeoutException()),
        "EF transient wrapper" => new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111))),
        "timeout" => new TimeoutException(),
        "http timeout (not the database)" => new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException()),
        "bug" => new InvalidOperationException("Sequence contains no elements"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
