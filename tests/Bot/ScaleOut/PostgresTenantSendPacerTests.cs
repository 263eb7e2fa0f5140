using CoopAssistant.Bot.ScaleOut;
using CoopAssistant.Bot.Tests.Reminders;
using CoopAssistant.Claims.Storage;
using CoopAssistant.TestKit.Postgres;

namespace CoopAssistant.Bot.Tests.ScaleOut;

/// <summary>The cluster-wide per-tenant send schedule (table <c>TenantSendSlots</c>), on PostgreSQL; refused on SQLite.</summary>
[Collection(ReminderPostgresCollection.Name)]
public sealed class PostgresTenantSendPacerTests(PostgresServer server) : IAsyncLifetime
{
    private ClaimsDatabase Db { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Db = new(StorageProvider.PostgreSQL, server.NewDatabaseConnectionString("scale"));
        await Db.MigrateAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
