using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Claims.Tests.Storage;

/// <summary>The WAL is checkpointed in the background while the checkpointer runs, and by the commits themselves otherwise.</summary>
public sealed class SqliteCheckpointerTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-checkpoint-{Guid.NewGuid():N}");
    private ServiceProvider _provider = null!;

    /// <summary>
    /// Held open (outside the pool, after one read so that it holds the WAL index) for the whole test: other tests clear
    /// every connection pool of the process, and when the last connection to a database closes SQLite checkpoints the WAL
    /// and deletes it, leaving the checkpointer nothing to move.
    /// </summary>
    private SqliteConnection _holder = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CoopAssistant"] = "Data Source=claims.db",
            ["Storage:CheckpointInterval"] = "00:00:00.050",
        }).Build();
        _provider = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddClaims(configuration, _folder).BuildServiceProvider();
        foreach (var hosted in _provider.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }

        _holder = new SqliteConnection($"Data Source={Path.Combine(_folder, "claims.db")};Mode=ReadWrite;Pooling=False");
        await _holder.OpenAsync();
        await using var read = _holder.CreateCommand();
        read.CommandText = "SELECT count(*) FROM sqlite_master;";
        await read.ExecuteScalarAsync();
    }

    public async Task DisposeAsync()
    {
        await _provider.GetRequiredService<SqliteCheckpointer>().StopAsync(CancellationToken.None);
        await _holder.DisposeAsync();
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<long> AutoCheckpointPagesAsync()
    {
        await using var context = _provider.GetRequiredService<ClaimsDatabase>().ForSystem();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task WhileItRuns_CommitsLeaveCheckpointsToIt_AndItMovesTheWalIntoTheDatabase_ThenCommitsCheckpointAgain()
    {
        var checkpointer = _provider.GetRequiredService<SqliteCheckpointer>();
        Assert.Equal(1000, await AutoCheckpointPagesAsync());

        await checkpointer.StartAsync(CancellationToken.None);
        Assert.Equal(0, await AutoCheckpointPagesAsync());
        var claims = _provider.GetRequiredService<IClaimService>();
        var caller = new ClaimsCaller("tenant-a", "alice", "Alice", false);
        for (var i = 0; i < 50; i++)
        {
            Assert.True((await claims.CreateAsync(caller, ClaimValidatorTests.ValidDraft(), CancellationToken.None)).IsOk);
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (checkpointer.LastCheckpointedFrames == 0 && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20);
        }

        Assert.True(checkpointer.LastCheckpointedFrames > 0, $"{checkpointer.Checkpoints} checkpoints, none moved a frame");
        await checkpointer.StopAsync(CancellationToken.None);
        Assert.Equal(1000, await AutoCheckpointPagesAsync());
        Assert.Equal(50, (await claims.ListMineAsync(caller, 100, CancellationToken.None)).Count);
    }
}
