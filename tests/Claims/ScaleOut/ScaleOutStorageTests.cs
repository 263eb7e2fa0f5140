using System.Xml.Linq;
using CoopAssistant.Claims.ScaleOut;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Storage;
using CoopAssistant.TestKit.Postgres;
using Microsoft.Data.Sqlite;

namespace CoopAssistant.Claims.Tests.ScaleOut;

/// <summary>The shared de-duplication table and the Data Protection key store, on SQLite and PostgreSQL.</summary>
public abstract class ScaleOutStorageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 7, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    protected ClaimsDatabase Db { get; private set; } = null!;

    private ProcessedActivityStore Store => new(Db);

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
    public async Task TryBegin_NewActivity_IsBegunOnce_ThenInProgress_ThenDoneAfterComplete()
    {
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("a1", Now, Lease, Window, default));
        Assert.Equal(ActivityClaim.InProgress, await Store.TryBeginAsync("a1", Now.AddSeconds(1), Lease, Window, default));
        await Store.CompleteAsync("a1", Now.AddSeconds(2), Window, default);
        Assert.Equal(ActivityClaim.Done, await Store.TryBeginAsync("a1", Now.AddMinutes(5), Lease, Window, default));
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("a2", Now, Lease, Window, default));
    }

    [Fact]
    public async Task TryBegin_InProgressPastItsLease_IsTakenOverOnce()
    {
        await Store.TryBeginAsync("a1", Now, Lease, Window, default);
        var later = Now + Lease + TimeSpan.FromSeconds(1);
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("a1", later, Lease, Window, default));
        Assert.Equal(ActivityClaim.InProgress, await Store.TryBeginAsync("a1", later, Lease, Window, default));
    }

    [Fact]
    public async Task TryBegin_DoneRowPastItsWindow_IsBegunAgain()
    {
        await Store.TryBeginAsync("a1", Now, Lease, Window, default);
        await Store.CompleteAsync("a1", Now, Window, default);
        Assert.Equal(ActivityClaim.Done, await Store.TryBeginAsync("a1", Now + Lease + Lease, Lease, Window, default));
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("a1", Now + Window + TimeSpan.FromSeconds(1), Lease, Window, default));
    }

    [Fact]
    public async Task Forget_UnfinishedActivity_LetsTheRetryBegin_ButNeverForgetsADoneOne()
    {
        await Store.TryBeginAsync("failed", Now, Lease, Window, default);
        await Store.ForgetAsync("failed", default);
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("failed", Now, Lease, Window, default));

        await Store.TryBeginAsync("done", Now, Lease, Window, default);
        await Store.CompleteAsync("done", Now, Window, default);
        await Store.ForgetAsync("done", default);
        Assert.Equal(ActivityClaim.Done, await Store.TryBeginAsync("done", Now, Lease, Window, default));
    }

    [Fact]
    public async Task TryBegin_SixteenConcurrentDeliveries_BeginExactlyOne()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Store.TryBeginAsync("same", Now, Lease, Window, default))));
        Assert.Single(results, r => r == ActivityClaim.Begun);
        Assert.All(results.Where(r => r != ActivityClaim.Begun), r => Assert.Equal(ActivityClaim.InProgress, r));
    }

    [Fact]
    public async Task PurgeExpired_RemovesOnlyRowsPastTheirWindow()
    {
        await Store.TryBeginAsync("old", Now, Lease, Window, default);
        await Store.TryBeginAsync("new", Now.AddMinutes(8), Lease, Window, default);
        Assert.Equal(1, await Store.PurgeExpiredAsync(Now.AddMinutes(11), default));
        Assert.Equal(ActivityClaim.InProgress, await Store.TryBeginAsync("new", Now.AddMinutes(9), Lease, Window, default));
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("old", Now.AddMinutes(9), Lease, Window, default));
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
