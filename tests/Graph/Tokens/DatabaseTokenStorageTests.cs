using System.Text;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Graph.Options;
using CoopAssistant.Graph.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Graph.Tests.Tokens;

/// <summary>The Graph token cache and exchange de-duplication in the claims database; runs on SQLite and PostgreSQL.</summary>
public abstract class DatabaseTokenStorageTests : IAsyncLifetime
{
    private readonly DirectoryInfo keys = new(Path.Combine(Path.GetTempPath(), "coop-dp-keys", Guid.NewGuid().ToString("N")));

    protected ClaimsDatabase Db { get; private set; } = null!;

    protected abstract Task<ClaimsDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Db = await CreateDatabaseAsync();
        await Db.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await DeleteDatabaseAsync();
        if (keys.Exists)
        {
            keys.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task SignedIn_ThenHostRestartedOnTheSameDatabase_GetsAGraphTokenWithoutANewExchange()
    {
        await using var h = await GraphHarness.StartAsync(extra: OnDatabase);
        await h.SignInAsync();
        Assert.Equal(1, OnBehalfOfCalls(h));

        await using (var restarted = h.BuildServices(extra: OnDatabase))
        {
            var token = await restarted.GetRequiredService<IGraphTokenService>().GetAccessTokenAsync(h.User, CancellationToken.None);
            Assert.NotNull(token);
        }

        Assert.Equal(1, OnBehalfOfCalls(h));
    }

    [Fact]
    public async Task CachedTokens_AreEncryptedAtRestInTheDatabase()
    {
        await using var h = await GraphHarness.StartAsync(extra: OnDatabase);
        await h.SignInAsync();

        var blob = await new DatabaseGraphTokenCacheStore(Db, TimeProvider.System).ReadAsync(h.User.CacheKey, CancellationToken.None);

        Assert.NotNull(blob);
        var text = Encoding.UTF8.GetString(blob);
        Assert.DoesNotContain(h.Entra.IssuedAccessTokens[^1], text, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh_token", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RestartWithAnotherKeyRing_AsksForANewSignInInsteadOfFailing()
    {
        await using var h = await GraphHarness.StartAsync(extra: OnDatabase);
        await h.SignInAsync();
        var otherKeys = new DirectoryInfo(keys.FullName + "-other");

        await using (var restarted = h.BuildServices(extra: s => OnDatabase(s, otherKeys)))
        {
            Assert.Null(await restarted.GetRequiredService<IGraphTokenService>().GetAccessTokenAsync(h.User, CancellationToken.None));
        }

        otherKeys.Delete(recursive: true);
    }

    [Fact]
    public async Task SignOut_DeletesTheUsersRow()
    {
        await using var h = await GraphHarness.StartAsync(extra: OnDatabase);
        await h.SignInAsync();

        await h.Get<IGraphTokenService>().SignOutAsync(h.User, CancellationToken.None);

        Assert.Null(await new DatabaseGraphTokenCacheStore(Db, TimeProvider.System).ReadAsync(h.User.CacheKey, CancellationToken.None));
        Assert.Null(await h.Get<IGraphTokenService>().GetAccessTokenAsync(h.User, CancellationToken.None));
    }

    [Fact]
    public async Task SameExchangeArrivingAtTwoHosts_IsExchangedByEach_AndSucceedsOnce()
    {
        await using var h = await GraphHarness.StartAsync(extra: OnDatabase);
        await using var second = h.BuildServices(extra: OnDatabase);
        var exchange = new SsoTokenExchange(Guid.NewGuid().ToString(), "sso", h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId), h.User);

        var results = await Task.WhenAll(
            h.Get<IGraphTokenService>().ExchangeAsync(exchange, CancellationToken.None),
            second.GetRequiredService<IGraphTokenService>().ExchangeAsync(exchange, CancellationToken.None));

        // Exchange first, de-duplicate second: each host exchanges (a failure would reach every client), one success runs on.
        Assert.Single(results, r => r.Value is TokenExchanged.Obtained);
        Assert.Single(results, r => r.Value is TokenExchanged.Duplicate);
        Assert.Equal(2, OnBehalfOfCalls(h));
    }

    [Fact]
    public async Task ExchangeId_IsAcceptedAgainOnlyAfterTheWindow()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var options = Microsoft.Extensions.Options.Options.Create(new SsoOptions { ExchangeDeduplicationWindow = TimeSpan.FromMinutes(10) });
        var deduplicator = new DatabaseTokenExchangeDeduplicator(Db, options, time);

        Assert.True(await deduplicator.TryBeginAsync("exchange-1", CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await deduplicator.TryBeginAsync("exchange-1", CancellationToken.None));
        Assert.True(await deduplicator.TryBeginAsync("exchange-2", CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await deduplicator.TryBeginAsync("exchange-1", CancellationToken.None));
        var longId = new string('x', 400);
        Assert.True(await deduplicator.TryBeginAsync(longId, CancellationToken.None));
        Assert.False(await deduplicator.TryBeginAsync(longId, CancellationToken.None));
    }

    [Fact]
    public async Task CacheStore_WriteOverwritesAndRemoveDeletes()
    {
        var store = new DatabaseGraphTokenCacheStore(Db, TimeProvider.System);

        await store.WriteAsync("oid.tid", [1, 2, 3], CancellationToken.None);
        await store.WriteAsync("oid.tid", [4, 5], CancellationToken.None);
        await store.WriteAsync("other.tid", [9], CancellationToken.None);

        Assert.Equal([4, 5], await store.ReadAsync("oid.tid", CancellationToken.None));
        await store.RemoveAsync("oid.tid", CancellationToken.None);
        Assert.Null(await store.ReadAsync("oid.tid", CancellationToken.None));
        Assert.Equal([9], await store.ReadAsync("other.tid", CancellationToken.None));
    }

    private static int OnBehalfOfCalls(GraphHarness h) =>
        h.Entra.TokenRequests.Count(r => r.GetValueOrDefault("requested_token_use") == "on_behalf_of");

    private void OnDatabase(IServiceCollection services) => OnDatabase(services, keys);

    private void OnDatabase(IServiceCollection services, DirectoryInfo keyRing)
    {
        services.AddSingleton(Db);
        services.AddEvidenceTokenStorage();
        services.AddDataProtection().PersistKeysToFileSystem(keyRing);
    }
}
