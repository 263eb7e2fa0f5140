using CoopAssistant.Bot.Tab;
using CoopAssistant.Bot.Tab.MyClaims;
using CoopAssistant.Bot.Tab.Organization;
using CoopAssistant.Claims;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using CoopAssistant.TestKit.App.Claims;

namespace CoopAssistant.Bot.Tests.Tab;

/// <summary>The tab's queries on SQLite (<see cref="SqliteTabQueryTests"/>) and PostgreSQL (<see cref="PostgresTabQueryTests"/>),
/// over one seeded scenario: two users and an administrator in tenant A, a user in tenant B.</summary>
public abstract class TabQueryTests : IAsyncLifetime
{
    private static readonly ClaimsCaller Alice = new("tenant-a", "alice", "Alice", false);
    private static readonly ClaimsCaller Bob = new("tenant-a", "bob", "Bob", false);
    private static readonly ClaimsCaller Ana = new("tenant-a", "ana", "Ana", true);
    private static readonly ClaimsCaller Carol = new("tenant-b", "carol", "Carol", true);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 7, 10, 12, 0, 0, TimeSpan.Zero));
    private ServiceProvider? _provider;
    private ClaimView _a1 = null!;
    private ClaimView _a4 = null!;

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    protected abstract Task<ClaimsDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        var db = await CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder().Build();
        _provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(db)
            .AddClaims(configuration, Path.GetTempPath())
            .AddMemoryCache()
            .AddSingleton(Options.Create(new TabOptions()))
            .AddSingleton<TimelineQuery>()
            .AddSingleton<OrganizationQuery>()
            .BuildServiceProvider();
        foreach (var hosted in _provider.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }

        var seed = new TabScenario(_provider.GetRequiredService<IClaimService>(), Today);
        _a1 = await seed.ClaimAsync(Alice, "A1 webinar", 5, 1000m, "USD", evidence: 1);
        await seed.ClaimAsync(Alice, "A2 trade show", 20, 500m, "BRL");
        await seed.ClaimAsync(Alice, "A3 search ads", 6, 700m, "USD", ClaimStatus.Ready);
        _a4 = await seed.ClaimAsync(Alice, "A4 print", 15, 300m, "USD", ClaimStatus.Submitted);
        _a4 = await seed.AskForDocumentationAsync(Alice, _a4, 10, "The signed vendor invoice");
        await seed.ClaimAsync(Alice, "A5 lapsed", -5, 900m, "USD", ClaimStatus.Expired);
        await seed.ClaimAsync(Alice, "A6 forgotten", -3, 100m, "USD");
        await seed.ClaimAsync(Bob, "B1 event", 3, 250m, "USD");
        await seed.ClaimAsync(Bob, "B2 email campaign", 40, 80m, "EUR");
        await seed.ClaimAsync(Bob, "B3 next quarter", 80, 80m, "EUR");
        var carols = await seed.ClaimAsync(Carol, "C1 other tenant", 2, 9999m, "USD");
        await seed.ClaimAsync(Carol, "C2 other tenant", -4, 9999m, "USD", ClaimStatus.Expired);
        await seed.AskForDocumentationAsync(Carol, await seed.ClaimAsync(Carol, "C3 other tenant", 10, 1m, "USD", ClaimStatus.Submitted), 3, "Other tenant's request");
        Assert.NotEqual(Guid.Empty, carols.Id);
    }

    [Fact]
    public async Task Organization_ShowsUnclaimedFundsPerProgramAndCurrency_OfItsTenantOnly()
    {
        var funds = _provider!.GetRequiredService<CoopAssistant.Claims.Funds.IFundService>();
        var start = Today.AddDays(-80);
        await funds.RecordAsync(Ana, new(ClaimProgram.PartnerCoop, null, start, start.AddDays(90), 5000m, "USD"), default);
        await funds.RecordAsync(Ana, new(ClaimProgram.PartnerCoop, null, start, start.AddDays(90), 3000m, "BRL"), default);
        await funds.RecordAsync(Carol, new(ClaimProgram.PartnerCoop, null, start, start.AddDays(90), 99_999m, "USD"), default);

        var view = await _provider!.GetRequiredService<OrganizationQuery>().RunAsync(Ana, default);
        Assert.Equal([("BRL", 3000m), ("USD", 5000m)], view.Funds.Select(f => (f.Currency, f.Available)));
        Assert.All(view.Funds, f => Assert.Equal(start.AddDays(135), f.NextDeadline));
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        await DeleteDatabaseAsync();
    }

    [Fact]
    public async Task Organization_ForTheAdministrator_CountsTheTenantsClaimsOnly()
    {
        var view = await _provider!.GetRequiredService<OrganizationQuery>().RunAsync(Ana, CancellationToken.None);

        Assert.Equal(Today, view.Today);
        // Draft or ready, deadline from today: 14 days A1, A3, B1; 30 days + A2; 45 days + B2. Submitted, expired, past and B3 are out.
        Assert.Equal([new ExpiringWindow(14, 3), new ExpiringWindow(30, 4), new ExpiringWindow(45, 5)], view.Expiring);
        // Not ready within 7 days of the deadline: A1 and B1 (A3 is ready; tenant B's 9,999 is not counted).
        var atRisk = Assert.Single(view.AtRisk);
        Assert.Equal(("USD", 1250m, 2), (atRisk.Currency, atRisk.Amount, atRisk.Claims));
        Assert.Equal(7, view.AtRiskDays);
        var request = Assert.Single(view.DocumentationRequests);
        Assert.Equal(1, view.OpenDocumentationRequests);
        Assert.Equal((_a4.Id, "A4 print", Today.AddDays(10), 10), (request.ClaimId, request.Title, request.RespondBy, request.DaysLeft));
        Assert.Equal(12, view.Months.Count);
        Assert.Equal("2025-08", view.Months[0].Month);
        // July 2026: A4 (deadline the 25th) submitted; A5 expired and A6 past its deadline still a draft.
        Assert.Equal(new MonthOutcome("2026-07", 1, 2), view.Months[^1]);
        Assert.All(view.Months.SkipLast(1), m => Assert.Equal((0, 0), (m.Submitted, m.Expired)));
    }

    [Fact]
    public async Task Organization_ForAnotherTenantsAdministrator_SeesOnlyTheirTenant()
    {
        var view = await _provider!.GetRequiredService<OrganizationQuery>().RunAsync(Carol, CancellationToken.None);

        Assert.Equal([new ExpiringWindow(14, 1), new ExpiringWindow(30, 1), new ExpiringWindow(45, 1)], view.Expiring);
        Assert.Equal(9999m, Assert.Single(view.AtRisk).Amount);
        Assert.Equal("Other tenant's request", Assert.Single(view.DocumentationRequests).WhatWasAsked);
        Assert.Equal(new MonthOutcome("2026-07", 1, 1), view.Months[^1]);
    }

    [Fact]
    public async Task Organization_IsReusedForTheTenantWithinTheCachePeriod_AndRecomputedTheNextDay()
    {
        var query = _provider!.GetRequiredService<OrganizationQuery>();
        var first = await query.RunAsync(Ana, CancellationToken.None);
        await new TabScenario(_provider!.GetRequiredService<IClaimService>(), Today).ClaimAsync(Bob, "B4 late addition", 4, 50m, "USD");

        Assert.Same(first, await query.RunAsync(Ana, CancellationToken.None));
        _time.Advance(TimeSpan.FromDays(1));
        var next = await query.RunAsync(Ana, CancellationToken.None);
        Assert.NotSame(first, next);
        Assert.Equal(Today, next.Today);
        Assert.Equal(3, Assert.Single(next.AtRisk).Claims); // A1, B1 (a day closer) and B4
    }

    [Fact]
    public async Task Timeline_ForAUser_ListsOnlyTheirClaims_MostUrgentFirst_WithChecklistAndUrgency()
    {
        var view = await _provider!.GetRequiredService<TimelineQuery>().RunAsync(Alice, UserCulture.English, CancellationToken.None);

        Assert.False(view.IsAdministrator);
        Assert.Equal(["A6 forgotten", "A1 webinar", "A3 search ads", "A4 print", "A2 trade show", "A5 lapsed"], view.Claims.Select(c => c.Title));
        var a1 = view.Claims.Single(c => c.Id == _a1.Id);
        Assert.Equal((1, 3, TabUrgency.Urgent, 5, "Draft (Partner Center: Editing)"), (a1.ChecklistDone, a1.ChecklistRequired, a1.Urgency, a1.DaysLeft, a1.StatusText));
        Assert.Equal(_a1.UsageStart, a1.UsageStart);
        Assert.Equal(Today.AddDays(5), a1.Deadline);
        Assert.Equal(TabUrgency.Overdue, view.Claims.Single(c => c.Title == "A6 forgotten").Urgency);
        Assert.Equal(TabUrgency.Closed, view.Claims.Single(c => c.Title == "A5 lapsed").Urgency);
        Assert.Equal(TabUrgency.Soon, view.Claims.Single(c => c.Title == "A4 print").Urgency);
        Assert.Equal(TabUrgency.OnTrack, view.Claims.Single(c => c.Title == "A2 trade show").Urgency);
        Assert.Equal((3, 3), view.Claims.Single(c => c.Title == "A3 search ads") is { } a3 ? (a3.ChecklistDone, a3.ChecklistRequired) : default);
    }

    [Fact]
    public async Task Timeline_InPortuguese_HasPortugueseStatusTexts_AndAnAdministratorSeesOnlyTheirOwnClaims()
    {
        var bob = await _provider!.GetRequiredService<TimelineQuery>().RunAsync(Bob, UserCulture.Portuguese, CancellationToken.None);
        Assert.Equal(["B1 event", "B2 email campaign", "B3 next quarter"], bob.Claims.Select(c => c.Title));
        Assert.Equal("Rascunho (no Partner Center: Editing)", bob.Claims[0].StatusText);
        Assert.NotEqual(ClaimTexts.For(ClaimStatus.Draft, UserCulture.English), bob.Claims[0].StatusText);

        var ana = await _provider!.GetRequiredService<TimelineQuery>().RunAsync(Ana, UserCulture.English, CancellationToken.None);
        Assert.True(ana.IsAdministrator);
        Assert.Empty(ana.Claims);
    }
}

public sealed class SqliteTabQueryTests : TabQueryTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-tab-{Guid.NewGuid():N}");

    protected override Task<ClaimsDatabase> CreateDatabaseAsync() =>
        Task.FromResult(new ClaimsDatabase(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder)));

    protected override Task DeleteDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

[Collection(Reminders.ReminderPostgresCollection.Name)]
public sealed class PostgresTabQueryTests(CoopAssistant.TestKit.Postgres.PostgresServer server) : TabQueryTests
{
    protected override Task<ClaimsDatabase> CreateDatabaseAsync() =>
        Task.FromResult(new ClaimsDatabase(StorageProvider.PostgreSQL, server.NewDatabaseConnectionString("tab")));
}
