using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Claims.Tests.Storage;

public sealed class AddClaimsTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), $"coop-root-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public async Task DefaultConnectionString_IsASqliteFileUnderTheContentRoot_InWalMode_MigratedAtStart()
    {
        Directory.CreateDirectory(_contentRoot);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot, DisableDefaults = true });
        builder.Services.AddClaims(builder.Configuration, _contentRoot);
        builder.Services.AddHostedService<ProbeService>();
        using var host = builder.Build();

        var database = host.Services.GetRequiredService<ClaimsDatabase>();
        Assert.Equal(StorageProvider.Sqlite, database.Provider);
        var file = Path.Combine(_contentRoot, "data", "coopassistant.db");
        Assert.Equal(file, new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        Assert.True(Directory.Exists(Path.GetDirectoryName(file)));
        Assert.IsAssignableFrom<IHostedLifecycleService>(host.Services.GetServices<IHostedService>().First());

        await host.StartAsync();
        var probe = host.Services.GetServices<IHostedService>().OfType<ProbeService>().Single();
        Assert.True(probe.SchemaExistedAtStart);
        await using (var context = database.ForSystem())
        {
            var connection = context.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        }

        var created = await host.Services.GetRequiredService<IClaimService>().CreateAsync(new("t", "u", null, false), Validation.ClaimValidatorTests.ValidDraft(), CancellationToken.None);
        Assert.True(created.IsOk);
        await host.StopAsync();
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task SkipMigrations_LeavesTheDatabaseEmpty()
    {
        var services = new ServiceCollection().AddLogging()
            .AddClaims(Config(("ConnectionStrings:CoopAssistant", "Data Source=db/x.db"), ("Storage:SkipMigrations", "true")), _contentRoot)
            .BuildServiceProvider();
        await using var _ = services;
        foreach (var hosted in services.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }

        await using var context = services.GetRequiredService<ClaimsDatabase>().ForSystem();
        Assert.NotEmpty(await context.Database.GetPendingMigrationsAsync());
        Assert.True(Directory.Exists(Path.Combine(_contentRoot, "db")));
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Database=coop;Username=app", null, StorageProvider.PostgreSQL)]
    [InlineData("Server=db;Database=coop;User Id=app", null, StorageProvider.PostgreSQL)]
    [InlineData("Data Source=data/coopassistant.db", null, StorageProvider.Sqlite)]
    [InlineData("Data Source=x.db", "PostgreSQL", StorageProvider.PostgreSQL)]
    [InlineData("Host=db;Database=coop", "Sqlite", StorageProvider.Sqlite)]
    public void Provider_IsInferredFromTheConnectionString_UnlessConfigured(string connectionString, string? provider, StorageProvider expected)
    {
        var values = new List<(string, string)> { ("ConnectionStrings:CoopAssistant", connectionString) };
        if (provider is not null)
        {
            values.Add(("Storage:Provider", provider));
        }

        if (expected == StorageProvider.Sqlite && connectionString.StartsWith("Host", StringComparison.Ordinal))
        {
            // A forced SQLite provider still needs a SQLite connection string.
            Assert.ThrowsAny<ArgumentException>(() => ClaimsDatabase.FromConfiguration(Config([.. values]), _contentRoot));
            return;
        }

        Assert.Equal(expected, ClaimsDatabase.FromConfiguration(Config([.. values]), _contentRoot).Provider);
    }

    [Fact]
    public void AbsoluteSqlitePath_IsKept()
    {
        var file = Path.Combine(_contentRoot, "abs", "claims.db");
        var database = ClaimsDatabase.FromConfiguration(Config(("ConnectionStrings:CoopAssistant", $"Data Source={file}")), "/nonexistent-root");
        Assert.Equal(file, new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
    }

    private sealed class ProbeService(ClaimsDatabase database) : IHostedService
    {
        public bool SchemaExistedAtStart { get; private set; }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var context = database.ForSystem();
            SchemaExistedAtStart = !(await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
