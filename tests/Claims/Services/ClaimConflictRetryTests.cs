using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Validation;
using CoopAssistant.Claims.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Tests.Services;

/// <summary>The one retry policy for a claim change that lost a version race (<see cref="ClaimConflictRetry"/>), on SQLite.</summary>
public sealed class ClaimConflictRetryTests : IAsyncLifetime
{
    private static readonly ClaimsCaller Alice = new("tenant-a", "alice", "Alice", false);
    private static readonly NewEvidence Invoice = new(EvidenceKind.VendorInvoice, EvidenceSource.TeamsUpload, "invoice.pdf", 100, "application/pdf");
    private static readonly NewEvidence Photos = new(EvidenceKind.ProofOfExecution, EvidenceSource.TeamsUpload, "photos.pdf", 100, "application/pdf");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-conflict-retry-{Guid.NewGuid():N}");
    private ServiceProvider? _provider;

    private IClaimService Claims => _provider!.GetRequiredService<IClaimService>();

    private ClaimConflictRetry Retry => _provider!.GetRequiredService<ClaimConflictRetry>();

    public async Task InitializeAsync() => _provider = await StartAsync(new() { ["ClaimConflicts:MaxRetries"] = "2", ["ClaimConflicts:Backoff"] = "00:00:00" });

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Evidence_IsRecordedOnTheFreshClaim_WhenTheVersionReadIsStale()
    {
        var stale = await CreateAsync();
        Assert.True((await Claims.AddEvidenceAsync(Alice, stale.Id, stale.Version, Invoice, default)).IsOk);

        var recorded = await Retry.RecordEvidenceAsync(Alice, stale, Photos, default);

        Assert.Equal(ClaimOutcome.Ok, recorded.Outcome);
        Assert.Equal(["invoice.pdf", "photos.pdf"], recorded.Value!.Evidence.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(stale.Version + 2, recorded.Value.Version);
    }

    [Fact]
    public async Task AChange_IsTriedMaxRetriesTimesMore_ThenItsConflictIsReturned()
    {
        var claim = await CreateAsync();
        var versions = new List<long>();

        var result = await Retry.RunAsync(Alice, claim.Id, claim, (read, _) =>
        {
            versions.Add(read.Version);
            return Task.FromResult(ClaimResult.Conflict<ClaimView>());
        }, default);

        Assert.Equal(ClaimOutcome.Conflict, result.Outcome);
        Assert.Equal([claim.Version, claim.Version, claim.Version], versions);
    }

    [Fact]
    public async Task AFailedRead_IsReturnedAsItIs_AndTheChangeNeverRuns()
    {
        var ran = false;

        var result = await Retry.RunAsync(Alice, Guid.NewGuid(), read: null, (_, _) =>
        {
            ran = true;
            return Task.FromResult(ClaimResult.Conflict<ClaimView>());
        }, default);

        Assert.Equal(ClaimOutcome.NotFound, result.Outcome);
        Assert.False(ran);
    }

    [Fact]
    public async Task AClaimThatBecameReadOnly_IsRefused_NotOverwritten()
    {
        var stale = await CreateAsync();
        var submitted = await Claims.RecordSubmittedInPartnerCenterAsync(Alice, stale.Id, stale.Version, default);
        Assert.True(submitted.IsOk, submitted.Outcome.ToString());

        var recorded = await Retry.RecordEvidenceAsync(Alice, stale, Photos, default);

        Assert.Equal(ClaimOutcome.Refused, recorded.Outcome);
        Assert.Equal(ClaimErrorCode.ClaimNotEditable, recorded.Code);
    }

    [Theory]
    [InlineData("MaxRetries", "11")]
    [InlineData("Backoff", "00:00:06")]
    public async Task ABadSetting_StopsTheStart_NamingIt(string key, string value)
    {
        await using var provider = await StartAsync(new() { ["ClaimConflicts:" + key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ClaimConflictRetryOptions>>().Value);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private async Task<ClaimView> CreateAsync() =>
        Assert.IsType<ClaimView>((await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft(), default)).Value);

    private async Task<ServiceProvider> StartAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var db = new ClaimsDatabase(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder));
        var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(db)
            .AddClaims(configuration, Path.GetTempPath())
            .BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }

        return provider;
    }
}
