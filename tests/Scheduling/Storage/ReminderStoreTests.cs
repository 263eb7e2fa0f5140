using CoopAssistant.Claims;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Scheduling.Storage;
using CoopAssistant.TestKit.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Scheduling.Tests.Storage;

/// <summary>Scheduling's <c>Reminders</c> table through <see cref="ReminderStore"/>, on SQLite and PostgreSQL.</summary>
public abstract class ReminderStoreTests : IAsyncLifetime
{
    private static readonly ClaimsCaller Alice = new("tenant-a", "alice", "Alice", false);
    private static readonly ClaimsCaller AliceInB = new("tenant-b", "alice", "Alice elsewhere", true);
    private ServiceProvider? _provider;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 7, 10, 12, 0, 0, TimeSpan.Zero));

    protected ClaimsDatabase Db { get; private set; } = null!;

    protected abstract ClaimsDatabase CreateDatabase();

    protected virtual void DeleteDatabase()
    {
    }

    public async Task InitializeAsync()
    {
        Db = CreateDatabase();
        await Db.MigrateAsync(CancellationToken.None);
        var configuration = new ConfigurationBuilder().Build();
        _provider = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Time).AddSingleton(Db)
            .AddClaims(configuration, Path.GetTempPath()).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        DeleteDatabase();
    }

    private async Task<ClaimView> CreateAsync(ClaimsCaller caller)
    {
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Azure seminar", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30),
            new DateOnly(2026, 3, 10), 1000m, "USD", true, false);
        var result = await _provider!.GetRequiredService<IClaimService>().CreateAsync(caller, draft, CancellationToken.None);
        return result.Value ?? throw new InvalidOperationException(result.Outcome.ToString());
    }

    [Fact]
    public async Task Reminders_DueQuery_IsUnsentFirstNByDueTime_WithIdempotencyAndLeases()
    {
        var claim = await CreateAsync(Alice);
        var other = await CreateAsync(AliceInB);
        var store = new ReminderStore(Db);
        var now = Time.GetUtcNow();
        Reminder R(string key, ClaimView c, TimeSpan offset) => new() { Id = Guid.NewGuid(), TenantId = c.TenantId, ClaimId = c.Id, Kind = ReminderKind.ClaimDeadline, DueAt = now + offset, IdempotencyKey = key };

        Assert.True(await store.AddAsync(R("k3", claim, TimeSpan.FromMinutes(-1)), CancellationToken.None));
        Assert.True(await store.AddAsync(R("k1", other, TimeSpan.FromHours(-3)), CancellationToken.None));
        Assert.True(await store.AddAsync(R("k2", claim, TimeSpan.FromHours(-2)), CancellationToken.None));
        Assert.True(await store.AddAsync(R("future", claim, TimeSpan.FromHours(1)), CancellationToken.None));
        Assert.False(await store.AddAsync(R("k2", claim, TimeSpan.FromHours(-2)), CancellationToken.None));

        var due = await store.GetDueAsync(now, 10, CancellationToken.None);
        Assert.Equal(["k1", "k2", "k3"], due.Select(r => r.IdempotencyKey));
        Assert.Equal(["k1", "k2"], (await store.GetDueAsync(now, 2, CancellationToken.None)).Select(r => r.IdempotencyKey));

        var first = due[0].Id;
        Assert.True(await store.TryLeaseAsync(first, "node-1", now, TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.False(await store.TryLeaseAsync(first, "node-2", now, TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.False(await store.MarkSentAsync(first, "node-2", now, CancellationToken.None));
        Assert.True(await store.MarkSentAsync(first, "node-1", now, CancellationToken.None));
        Assert.Equal(["k2", "k3"], (await store.GetDueAsync(now, 10, CancellationToken.None)).Select(r => r.IdempotencyKey));

        // An expired lease can be taken over; attempts are counted.
        var second = due[1].Id;
        Assert.True(await store.TryLeaseAsync(second, "node-1", now, TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.True(await store.TryLeaseAsync(second, "node-2", now + TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.Equal(2, (await store.GetDueAsync(now, 10, CancellationToken.None)).Single(r => r.Id == second).Attempts);
    }

    [Fact]
    public async Task Reminder_ForAClaimOfAnotherTenant_IsRefused()
    {
        var claim = await CreateAsync(Alice);
        var store = new ReminderStore(Db);
        var reminder = new Reminder { Id = Guid.NewGuid(), TenantId = "tenant-b", ClaimId = claim.Id, DueAt = Time.GetUtcNow(), IdempotencyKey = "x" };
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddAsync(reminder, CancellationToken.None));
    }
}

public sealed class SqliteReminderStoreTests : ReminderStoreTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-reminders-{Guid.NewGuid():N}");

    protected override ClaimsDatabase CreateDatabase() =>
        new(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder));

    protected override void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderStoreTests(PostgresServer server) : ReminderStoreTests
{
    protected override ClaimsDatabase CreateDatabase() => new(StorageProvider.PostgreSQL, server.NewDatabaseConnectionString("reminders"));
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "Scheduling PostgreSQL";
}
