using CoopAssistant.Claims.Storage;
using Microsoft.Data.Sqlite;

namespace CoopAssistant.Claims.Tests.Findings;

public sealed class SqliteReviewStorageTests : ReviewStorageTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-review-{Guid.NewGuid():N}");

    protected override Task<ClaimsDatabase> CreateDatabaseAsync() =>
        Task.FromResult(new ClaimsDatabase(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder)));

    protected override Task DeleteDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
