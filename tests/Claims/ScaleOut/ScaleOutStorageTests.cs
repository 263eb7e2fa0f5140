using System.Xml.Linq;
using CoopAssistant.Claims.ScaleOut;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Storage;
using CoopAssistant.TestKit.Postgres;
using Microsoft.Data.Sqlite;

namespace CoopAssistant.Claims.Tests.ScaleOut;

/// <summary>The Data Protection key store and the tenant send pacer, on SQLite and PostgreSQL (the shared de-duplication table is the
/// bot's: tests/Bot/ScaleOut/DatabaseActivityDeduplicationStoreTests).</summary>
public abstract class ScaleOutStorageTests : IAsyncLifetime
{
    protected ClaimsDatabase Db { get; private set; } = null!;

    protected abstract ClaimsDatabase CreateDatabase();

    protected virtual void DeleteDatabase()
    {
    }

    public async Task InitializeAsync()
    {
        Db = CreateDatabase();
        await Db.MigrateAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        DeleteDatabase();
        return Task.CompletedTask;
    }

    [Fact]
    public void DataProtectionKeys_StoredByOneRepository_AreReadByAnother()
    {
        var element = new XElement("key", new XAttribute("id", "k1"), new XElement("secret", "s"));
        new DatabaseXmlRepository(Db).StoreElement(element, "key-k1");
        var read = new DatabaseXmlRepository(Db).GetAllElements();
        Assert.Equal(element.ToString(), Assert.Single(read).ToString());
    }
}

public sealed class SqliteScaleOutStorageTests : ScaleOutStorageTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-scale-{Guid.NewGuid():N}");

    protected override ClaimsDatabase CreateDatabase() =>
        new(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder));

    protected override void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresScaleOutStorageTests(PostgresServer server) : ScaleOutStorageTests
{
    protected override ClaimsDatabase CreateDatabase() => new(StorageProvider.PostgreSQL, server.NewDatabaseConnectionString("scale"));

    [Fact]
    public async Task ReserveSendSlot_BooksEvenlySpacedSlotsPerTenant_AcrossPacers()
    {
        var interval = TimeSpan.FromSeconds(10);
        var first = new PostgresTenantSendPacer(Db);
        var second = new PostgresTenantSendPacer(Db);
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 6; i++)
        {
            waits.Add(await (i % 2 == 0 ? first : second).ReserveAsync("tenant-a", interval, default));
        }

        // Each booking is one interval after the previous one, whichever pacer (host) booked it; slack for the test's own time.
        for (var i = 0; i < waits.Count; i++)
        {
            Assert.InRange(waits[i].TotalSeconds, (i * interval.TotalSeconds) - 5, i * interval.TotalSeconds);
        }

        Assert.Equal(TimeSpan.Zero, await first.ReserveAsync("tenant-b", interval, default));
    }

    [Fact]
    public async Task ReserveSendSlot_OnSqlite_IsRefused()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"coop-scale-{Guid.NewGuid():N}");
        var sqlite = new ClaimsDatabase(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", folder));
        await Assert.ThrowsAsync<InvalidOperationException>(() => new PostgresTenantSendPacer(sqlite).ReserveAsync("t", TimeSpan.FromSeconds(1), default));
        Directory.Delete(folder, recursive: true);
    }
}
