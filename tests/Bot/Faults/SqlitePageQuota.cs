using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoopAssistant.Bot.Tests.Faults;

/// <summary>
/// A full disk for SQLite, simulated honestly: <c>PRAGMA max_page_count</c> on every connection the host opens. While
/// <see cref="Frozen"/>, the file may not grow by one page (SQLite clamps the limit to the current size), so the next
/// write that needs a new page fails with a real SQLITE_FULL (error 13), exactly as on a disk with no space left.
/// </summary>
internal sealed class SqlitePageQuota : DbConnectionInterceptor
{
    private const long SqliteDefaultMaxPages = 4_294_967_294;

    public volatile bool Frozen;

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA max_page_count=" + (Frozen ? 1 : SqliteDefaultMaxPages).ToString(CultureInfo.InvariantCulture);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA max_page_count=" + (Frozen ? 1 : SqliteDefaultMaxPages).ToString(CultureInfo.InvariantCulture);
        command.ExecuteScalar();
    }
}
