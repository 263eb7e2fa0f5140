using CoopAssistant.Claims.Storage;
using Microsoft.Data.Sqlite;

namespace CoopAssistant.Graph.Tests.Tokens;

public sealed class SqliteDatabaseTokenStorageTests : DatabaseTokenStorageTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"coop-graph-sqlite-{Guid.NewGuid():N}");

    protected override Task<ClaimsDatabase> CreateDatabaseAsync() =>
        Task.FromResult(new ClaimsDatabase(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", folder)));

    protected override Task DeleteDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
