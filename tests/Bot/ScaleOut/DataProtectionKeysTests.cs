using System.Xml.Linq;
using CoopAssistant.Bot.ScaleOut;
using CoopAssistant.Bot.Tests.Reminders;
using CoopAssistant.Claims.ScaleOut;
using CoopAssistant.Claims.Storage;
using CoopAssistant.TestKit.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.ScaleOut;

/// <summary>
/// The key ring in the database through <c>PersistKeysToDbContext</c>: keys one host stores are read by another, and keys the
/// earlier hand-written store wrote (same table, one row per key XML) still unprotect what was protected with them, so no
/// sign-in cache or package link breaks on upgrade.
/// </summary>
public abstract class DataProtectionKeysTests : IAsyncLifetime
{
    private const string Application = "CoopAssistant";

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
    public async Task KeysStoredByOneHost_AreReadByAnother()
    {
        await using var first = Host();
        await using var second = Host();
        var protectedText = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("links").Protect("claim 42");

        Assert.Equal("claim 42", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("links").Unprotect(protectedText));
        Assert.Single(await Keys());
    }

    [Fact]
    public async Task KeysWrittenByTheEarlierStore_StillUnprotect_WhatTheyProtected()
    {
        // Before the change: Data Protection with the hand-written repository, which wrote each key's XML as one row.
        var legacy = new ServiceCollection();
        legacy.AddDataProtection().SetApplicationName(Application);
        legacy.Configure<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o => o.XmlRepository = new EarlierRepository(Db));
        string protectedText;
        await using (var before = legacy.BuildServiceProvider())
        {
            protectedText = before.GetRequiredService<IDataProtectionProvider>().CreateProtector("links").Protect("claim 42");
        }

        await using var after = Host();

        Assert.Equal("claim 42", after.GetRequiredService<IDataProtectionProvider>().CreateProtector("links").Unprotect(protectedText));
        Assert.Single(await Keys()); // the old key was used, no new one made
    }

    private ServiceProvider Host()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<DataProtectionKeysContext>(options => DataProtectionKeysContext.Configure(options, Db));
        services.AddDataProtection().SetApplicationName(Application).PersistKeysToDbContext<DataProtectionKeysContext>();
        return services.BuildServiceProvider();
    }

    private async Task<List<DataProtectionKeyEntity>> Keys()
    {
        await using var context = Db.ForSystem();
        return await context.Set<DataProtectionKeyEntity>().AsNoTracking().ToListAsync();
    }

    /// <summary>What the bot used before <c>PersistKeysToDbContext</c> (its <c>DatabaseXmlRepository</c>, as it was).</summary>
    private sealed class EarlierRepository(ClaimsDatabase database) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var context = database.ForSystem();
            return [.. context.Set<DataProtectionKeyEntity>().AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(x => XElement.Parse(x))];
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var context = database.ForSystem();
            context.Set<DataProtectionKeyEntity>().Add(new DataProtectionKeyEntity { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
            context.SaveChanges();
        }
    }
}

public sealed class SqliteDataProtectionKeysTests : DataProtectionKeysTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-keys-{Guid.NewGuid():N}");

    protected override ClaimsDatabase CreateDatabase() =>
        new(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder));

    protected override void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[Collection(ReminderPostgresCollection.Name)]
public sealed class PostgresDataProtectionKeysTests(PostgresServer server) : DataProtectionKeysTests
{
    protected override ClaimsDatabase CreateDatabase() => new(StorageProvider.PostgreSQL, server.NewDatabaseConnectionString("keys"));
}
