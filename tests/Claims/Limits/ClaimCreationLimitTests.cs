using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Validation;
using CoopAssistant.Claims.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Claims.Tests.Limits;

/// <summary>The claim service counts every claim it creates against the day's limits (issue 19, item 3): past a limit the create
/// is <see cref="ClaimOutcome.Limited"/>, nothing is stored, and the next UTC day (fake clock) allows it again.</summary>
public sealed class ClaimCreationLimitTests : IAsyncLifetime
{
    private static readonly ClaimsCaller Alice = new("tenant-a", "alice", "Alice", false);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-limits-{Guid.NewGuid():N}");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 7, 10, 12, 0, 0, TimeSpan.Zero));
    private ServiceProvider _provider = null!;
    private ClaimsDatabase _db = null!;

    private IClaimService Claims => _provider.GetRequiredService<IClaimService>();

    public async Task InitializeAsync()
    {
        _db = new ClaimsDatabase(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimits:ClaimsPerUserPerDay"] = "2",
        }).Build();
        _provider = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSingleton<TimeProvider>(_time)
            .AddSingleton(_db).AddClaims(configuration, _folder).BuildServiceProvider();
        await _db.MigrateAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TheThirdClaimOfTheDay_IsLimited_StoresNothing_AndIsAllowedTheNextDay()
    {
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(ClaimOutcome.Ok, (await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft(), CancellationToken.None)).Outcome);
        }

        var refused = await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft(), CancellationToken.None);

        Assert.Equal(ClaimOutcome.Limited, refused.Outcome);
        Assert.Equal(ClaimErrorCode.ClaimLimitReached, refused.Code);
        Assert.NotNull(refused.Limit);
        Assert.Equal(new DateTimeOffset(2026, 7, 11, 0, 0, 0, TimeSpan.Zero), refused.Limit.ResetsAt);
        Assert.Equal(2, await CountAsync());

        _time.Advance(TimeSpan.FromHours(12));
        Assert.Equal(ClaimOutcome.Ok, (await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft(), CancellationToken.None)).Outcome);
        Assert.Equal(3, await CountAsync());
    }

    [Fact]
    public async Task ARepeatedCreateOfAClaimThatExists_IsAnsweredWithIt_EvenPastTheLimit()
    {
        var id = Guid.NewGuid();
        var first = await Claims.CreateOnceAsync(Alice, ClaimValidatorTests.ValidDraft(), id, CancellationToken.None);
        Assert.Equal(ClaimOutcome.Ok, (await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft(), CancellationToken.None)).Outcome);

        var repeated = await Claims.CreateOnceAsync(Alice, ClaimValidatorTests.ValidDraft(), id, CancellationToken.None);

        Assert.Equal(ClaimOutcome.Ok, repeated.Outcome);
        Assert.Equal(first.Value!.Id, repeated.Value!.Id);
        Assert.Equal(ClaimOutcome.Limited, (await Claims.CreateOnceAsync(Alice, ClaimValidatorTests.ValidDraft(), Guid.NewGuid(), CancellationToken.None)).Outcome);
    }

    private async Task<int> CountAsync()
    {
        await using var context = _db.ForTenant(Alice.TenantId);
        return await context.Claims.CountAsync();
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
