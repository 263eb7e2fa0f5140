using CoopAssistant.Claims.Storage;
using Microsoft.Data.Sqlite;

namespace CoopAssistant.Claims.Tests.Storage;

public sealed class SqliteClaimStorageTests : ClaimStorageTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-sqlite-{Guid.NewGuid():N}");

    protected override Task<ClaimsDatabase> CreateDatabaseAsync()
    {
        var connectionString = ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder);
        return Task.FromResult(new ClaimsDatabase(StorageProvider.Sqlite, connectionString));
    }

    protected override Task DeleteDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
