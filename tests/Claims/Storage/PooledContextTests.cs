using System.Data.Common;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Claims.Tests.Storage;

/// <summary>Pooled contexts keep their scope and their SQLite settings; a claim change uses one connection.</summary>
public sealed class PooledContextTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-pooled-{Guid.NewGuid():N}");
    private readonly OpenCounter _opens = new();
    private ServiceProvider _provider = null!;

    private ClaimsDatabase Db => _provider.GetRequiredService<ClaimsDatabase>();

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Claims:Administrators:0:TenantId"] = "tenant-a",
            ["Claims:Administrators:0:ObjectId"] = "ana",
        }).Build();
        var database = new ClaimsDatabase(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder), _opens);
        _provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(database)
            .AddClaims(configuration, _folder)
            .AddSingleton<IClaimChangeObserver, ReadingObserver>()
            .BuildServiceProvider();
        foreach (var hosted in _provider.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ForTenant_ContextReusedFromThePool_IsScopedToTheNewCaller()
    {
        var claim = (await _provider.GetRequiredService<IClaimService>().CreateAsync(
            new ClaimsCaller("tenant-a", "alice", "Alice", false), ClaimValidatorTests.ValidDraft(), CancellationToken.None)).Value!;
        await using (var first = Db.ForTenant("tenant-a"))
        {
            Assert.Equal(1, await first.Claims.CountAsync(c => c.Id == claim.Id));
        }

        await using (var system = Db.ForSystem())
        {
            Assert.Null(system.ScopeTenantId);
            Assert.Equal(0, await system.Claims.CountAsync(c => c.Id == claim.Id));
        }

        await using var other = Db.ForTenant("tenant-b");
        Assert.Equal("tenant-b", other.ScopeTenantId);
        Assert.Equal(0, await other.Claims.CountAsync(c => c.Id == claim.Id));
        other.Claims.Add(new Claim { Id = Guid.NewGuid(), TenantId = "tenant-a", OwnerObjectId = "x", Title = "t", Currency = "USD" });
        await Assert.ThrowsAsync<InvalidOperationException>(() => other.SaveChangesAsync());
    }

    [Fact]
    public async Task ConnectionOpened_PooledNativeConnectionReused_KeepsItsSettings()
    {
        for (var i = 0; i < 3; i++)
        {
            await using var context = Db.ForSystem();
            await context.Database.OpenConnectionAsync();
            Assert.Equal(30000L, await PragmaAsync(context, "busy_timeout"));
            Assert.Equal(1L, await PragmaAsync(context, "foreign_keys"));
            Assert.Equal(1L, await PragmaAsync(context, "synchronous"));
        }
    }

    [Fact]
    public async Task CreateAsync_ObserverReadsBeforeTheInsert_UsesOneConnection()
    {
        var before = _opens.Count;
        var result = await _provider.GetRequiredService<IClaimService>().CreateAsync(
            new ClaimsCaller("tenant-a", "alice", "Alice", false), ClaimValidatorTests.ValidDraft(), CancellationToken.None);
        Assert.Equal(ClaimOutcome.Ok, result.Outcome);
        Assert.Equal(1, _opens.Count - before);
        Assert.Equal(1, ReadingObserver.Administrators);
    }

    private static async Task<long> PragmaAsync(DbContext context, string name)
    {
        await using DbCommand command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed class OpenCounter : DbConnectionInterceptor
    {
        private int _count;

        public int Count => _count;

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _count);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }

    /// <summary>Reads in the change's context before the save, like the reminder planner.</summary>
    private sealed class ReadingObserver : IClaimChangeObserver
    {
        public static int Administrators { get; private set; }

        public async Task<bool> OnClaimChangingAsync(ClaimsDbContext context, Claim claim, bool isNew, CancellationToken cancellationToken)
        {
            Administrators = await context.TenantRoles.CountAsync(r => r.TenantId == claim.TenantId && r.Role == TenantRole.IncentivesAdministrator, cancellationToken);
            return false;
        }

        public Task OnClaimSavedAsync(string tenantId, Guid claimId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
