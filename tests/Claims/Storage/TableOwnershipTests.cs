using CoopAssistant.Claims.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Tests.Storage;

/// <summary>Every table of the one database names its owning module (<see cref="TableOwners"/>), and no owner lists a table that is gone.</summary>
public sealed class TableOwnershipTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-owners-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void EveryTableOfTheModel_HasOneOwner_AndEveryOwnedTableIsInTheModel()
    {
        var database = new ClaimsDatabase(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder));
        using var context = database.ForSystem();

        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(tables, TableOwners.ByTable.Keys.Order(StringComparer.Ordinal));
    }
}
