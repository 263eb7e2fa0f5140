using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoopAssistant.Claims.Storage;

/// <summary>Every SQLite connection: a busy timeout and foreign keys. The WAL journal mode is persistent in the file and is set
/// once at start (<see cref="ClaimsDatabase.EnsureJournalAsync"/>); re-issuing it on every open costs the page cache.</summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    internal const string Pragmas = "PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
