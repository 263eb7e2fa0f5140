using CoopAssistant.Bot.ScaleOut;
using CoopAssistant.Bot.Tests.Reminders;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.TestKit.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Tests.ScaleOut;

/// <summary>The shared de-duplication table behind the adapter's <see cref="IActivityDeduplicationStore"/>, on SQLite and PostgreSQL.</summary>
public abstract class DatabaseActivityDeduplicationStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 7, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    protected ClaimsDatabase Db { get; private set; } = null!;

    private DatabaseActivityDeduplicationStore Store => new(Db, Options.Create(new ScaleOutOptions { ProcessingLease = Lease }));

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
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("a1", Now, Window, default));
        Assert.Equal(ActivityClaim.InProgress, await Store.TryBeginAsync("a1", Now.AddSeconds(1), Window, default));
        await Store.CompleteAsync("a1", Now.AddSeconds(2), Window, default);
        Assert.Equal(ActivityClaim.Done, await Store.TryBeginAsync("a1", Now.AddMinutes(5), Window, default));
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("a2", Now, Window, default));
    }

    [Fact]
    public async Task TryBegin_InProgressPastItsLease_IsTakenOverOnce()
    {
        await Store.TryBeginAsync("a1", Now, Window, default);
        var later = Now + Lease + TimeSpan.FromSeconds(1);
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("a1", later, Window, default));
        Assert.Equal(ActivityClaim.InProgress, await Store.TryBeginAsync("a1", later, Window, default));
    }

    [Fact]
    public async Task TryBegin_DoneRowPastItsWindow_IsBegunAgain()
    {
        await Store.TryBeginAsync("a1", Now, Window, default);
        await Store.CompleteAsync("a1", Now, Window, default);
        Assert.Equal(ActivityClaim.Done, await Store.TryBeginAsync("a1", Now + Lease + Lease, Window, default));
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("a1", Now + Window + TimeSpan.FromSeconds(1), Window, default));
    }

    [Fact]
    public async Task Forget_UnfinishedActivity_LetsTheRetryBegin_ButNeverForgetsADoneOne()
    {
        await Store.TryBeginAsync("failed", Now, Window, default);
        await Store.ForgetAsync("failed", default);
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("failed", Now, Window, default));

        await Store.TryBeginAsync("done", Now, Window, default);
        await Store.CompleteAsync("done", Now, Window, default);
        await Store.ForgetAsync("done", default);
        Assert.Equal(ActivityClaim.Done, await Store.TryBeginAsync("done", Now, Window, default));
    }

    [Fact]
    public async Task TryBegin_SixteenConcurrentDeliveries_BeginExactlyOne()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Store.TryBeginAsync("same", Now, Window, default))));
        Assert.Single(results, r => r == ActivityClaim.Begun);
        Assert.All(results.Where(r => r != ActivityClaim.Begun), r => Assert.Equal(ActivityClaim.InProgress, r));
    }

    [Fact]
    public async Task PurgeExpired_RemovesOnlyRowsPastTheirWindow()
    {
        await Store.TryBeginAsync("old", Now, Window, default);
        await Store.TryBeginAsync("new", Now.AddMinutes(8), Window, default);
        Assert.Equal(1, await Store.PurgeExpiredAsync(Now.AddMinutes(11), default));
        Assert.Equal(ActivityClaim.InProgress, await Store.TryBeginAsync("new", Now.AddMinutes(9), Window, default));
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync("old", Now.AddMinutes(9), Window, default));
    }
}

public sealed class SqliteDatabaseActivityDeduplicationStoreTests : DatabaseActivityDeduplicationStoreTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-dedup-{Guid.NewGuid():N}");

    protected override ClaimsDatabase CreateDatabase() =>
        new(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder));

    protected override void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[Collection(ReminderPostgresCollection.Name)]
public sealed class PostgresDatabaseActivityDeduplicationStoreTests(PostgresServer server) : DatabaseActivityDeduplicationStoreTests
{
    protected override ClaimsDatabase CreateDatabase() => new(StorageProvider.PostgreSQL, server.NewDatabaseConnectionString("dedup"));
}
