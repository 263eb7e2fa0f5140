using System.Collections.Concurrent;
using CoopAssistant.Claims;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Scheduling.Funds;
using CoopAssistant.Scheduling.Tests.Dispatch;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace CoopAssistant.Scheduling.Tests.Funds;

/// <summary>The funds-at-risk job in a real Quartz scheduler driven by a fake clock (Quartz's <c>UseTimeProvider</c>): the hourly
/// cron fires as the clock moves, and each alert reaches every administrator once, at 09:00 in the tenant's time zone on its day.</summary>
public sealed class FundsAtRiskJobTests : IAsyncLifetime
{
    private static readonly ClaimsCaller Ana = new("t1", "ana", "Ana", true);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-funds-job-{Guid.NewGuid():N}");
    // Not on a cron boundary: a clock starting at 00:00:00 fired the hourly job at once, and that run, still in flight under load
    // when a test moved the clock, read the new time and sent what the test expected from the next run (seen once in a full run).
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 0, 0, 30, TimeSpan.Zero));
    private readonly RecordingFundAlerts _sender;
    private readonly Executions _executions = new();
    private ServiceProvider _services = null!;
    private IScheduler _scheduler = null!;

    public FundsAtRiskJobTests() => _sender = new RecordingFundAlerts { Clock = _clock };

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CoopAssistant"] = "Data Source=claims.db",
            ["Claims:Administrators:0:TenantId"] = "t1",
            ["Claims:Administrators:0:ObjectId"] = "ana",
            ["Claims:Administrators:1:TenantId"] = "t1",
            ["Claims:Administrators:1:ObjectId"] = "bia",
            ["Reminders:TenantTimeZones:t1"] = "America/Sao_Paulo",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddClaims(configuration, _folder);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddReminderCore();
        services.AddSingleton<IReminderSender, RecordingSender>();
        services.AddSingleton<IDispatchTrigger, DispatchHarness.NoTrigger>();
        services.AddSingleton<IFundAlertSender>(_sender);
        var options = configuration.GetSection(ReminderOptions.SectionName).Get<ReminderOptions>() ?? new ReminderOptions();
        services.AddQuartz(q =>
        {
            q.UseTimeProvider(_clock);
            q.UseInMemoryStore();
            FundsAtRiskJob.Register(q, options);
            q.AddJobListener(_executions);
        });
        _services = services.BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }

        _scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await _scheduler.Start();
    }

    public async Task DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _scheduler.Shutdown(waitForJobsToComplete: false, stop.Token);
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Moves the fake clock to <paramref name="utc"/> and waits (bounded) for a run fired there (not one fired earlier).</summary>
    private async Task AtAsync(DateTimeOffset utc)
    {
        _clock.SetUtcNow(utc);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_executions.LastFiredAt < utc.AddSeconds(-1))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the job did not run at {utc:O}");
            await Task.Delay(20);
        }
    }

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 30, TimeSpan.Zero);

    [Fact]
    public async Task EachAlert_ReachesEveryAdministratorOnce_At0900InTheTenantsZone_OnlyForFundsWithUnclaimedMoney()
    {
        var funds = _services.GetRequiredService<IFundService>();
        var atRisk = (await funds.RecordAsync(Ana, new NewFund(ClaimProgram.PartnerCoop, null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 10_000m, "USD"), default)).Value!.Fund;
        var used = (await funds.RecordAsync(Ana, new NewFund(ClaimProgram.PartnerCoop, null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 900m, "BRL"), default)).Value!.Fund;
        var claims = _services.GetRequiredService<IClaimService>();
        var inProgress = (await claims.CreateAsync(new ClaimsCaller("t1", "owner", "Owner", false), new ClaimDraft(
            ClaimProgram.PartnerCoop, ActivityType.Seminar, "Seminar in June", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 5, 10), 2500m, "USD", true, false), default)).Value!;
        await claims.CreateAsync(new ClaimsCaller("t1", "owner", "Owner", false), new ClaimDraft(
            ClaimProgram.PartnerCoop, ActivityType.Seminar, "Uses the whole BRL fund", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 5, 10), 900m, "BRL", true, false), default);

        // São Paulo is UTC−3: 09:00 there is 12:00 UTC. The usage period ends on 30 June; the claim deadline is 14 August.
        await AtAsync(Utc(6, 30, 11, 59));
        Assert.Empty(_sender.Sent);
        await AtAsync(Utc(6, 30, 12));
        Assert.Equal(["end:ana", "end:bia"], _sender.Sent.Select(s => s.Key).Order());
        await AtAsync(Utc(6, 30, 13));
        await AtAsync(Utc(7, 15, 11, 59)); // 30 days before, an hour early
        Assert.Equal(2, _sender.Sent.Count);
        await AtAsync(Utc(7, 15, 12));
        await AtAsync(Utc(7, 15, 13));
        await AtAsync(Utc(7, 31, 12));
        await AtAsync(Utc(8, 7, 12));
        await AtAsync(Utc(8, 7, 13));
        await AtAsync(Utc(8, 15, 12)); // after the deadline: nothing more

        Assert.Equal(
            ["14d:ana", "14d:bia", "30d:ana", "30d:bia", "7d:ana", "7d:bia", "end:ana", "end:bia"],
            _sender.Sent.Select(s => s.Key).Order());
        foreach (var (key, at, message) in _sender.Sent)
        {
            var milestone = key.Split(':')[0];
            var due = milestone == "end" ? Utc(6, 30, 12, 0).AddSeconds(-30) : new DateTimeOffset(2026, 8, 14, 12, 0, 0, TimeSpan.Zero).AddDays(-int.Parse(milestone.TrimEnd('d'), System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(at, due, due.AddHours(1));
            Assert.Equal(atRisk.Id, message.Fund.Id);
            Assert.Equal(7500m, message.Fund.Unclaimed);
            Assert.Equal(inProgress.Id, Assert.Single(message.Claims).Id);
            Assert.Equal($"fundalert:{atRisk.Id:N}:{milestone}:{message.AdministratorObjectId}", message.IdempotencyKey);
        }

        Assert.DoesNotContain(_sender.Sent, s => s.Message.Fund.Id == used.Id);
    }

    [Fact]
    public async Task AFailedSend_IsRetriedOnTheNextRun_AndThenSentOnce()
    {
        var funds = _services.GetRequiredService<IFundService>();
        await funds.RecordAsync(Ana, new NewFund(ClaimProgram.OnlineServicesAdvisor, null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 5000m, "USD"), default);
        _sender.FailNext = 2;
        await AtAsync(Utc(6, 30, 12));
        Assert.Empty(_sender.Sent);
        await AtAsync(Utc(6, 30, 13));
        await AtAsync(Utc(6, 30, 14));
        Assert.Equal(["end:ana", "end:bia"], _sender.Sent.Select(s => s.Key).Order());
    }

    [Fact]
    public async Task TheWeeklyDigest_ShowsUnclaimedFundsPerProgramAndCurrency_WithTheirNextDeadline_ToEveryAdministrator()
    {
        var funds = _services.GetRequiredService<IFundService>();
        await funds.RecordAsync(Ana, new NewFund(ClaimProgram.PartnerCoop, "North", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 1000m, "USD"), default);
        await funds.RecordAsync(Ana, new NewFund(ClaimProgram.PartnerCoop, "South", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 2000m, "USD"), default);
        await funds.RecordAsync(Ana, new NewFund(ClaimProgram.PartnerCoop, null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 5000m, "BRL"), default);
        await funds.RecordAsync(Ana, new NewFund(ClaimProgram.OnlineServicesAdvisor, null, new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31), 700m, "USD"), default); // deadline passed

        Assert.Equal(2, await _services.GetRequiredService<CoopAssistant.Scheduling.Jobs.WeeklyDigestJob>().SendAllAsync(default));
        var sender = (RecordingSender)_services.GetRequiredService<IReminderSender>();
        Assert.Equal(["ana", "bia"], sender.Digests.Select(d => d.AdministratorObjectId).Order());
        var totals = sender.Digests.First().UnclaimedFunds!;
        Assert.Equal([("BRL", 5000m), ("USD", 3000m)], totals.Select(t => (t.Currency, t.Unclaimed)));
        Assert.All(totals, t => Assert.Equal(new DateOnly(2026, 8, 14), t.NextDeadline));
    }

    [Fact]
    public async Task WithAChosenChannel_EachMilestoneIsAlsoPostedThereOnce_WithoutTheClaimsInProgress()
    {
        var funds = _services.GetRequiredService<IFundService>();
        await funds.RecordAsync(Ana, new NewFund(ClaimProgram.PartnerCoop, null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 10_000m, "USD"), default);
        await _services.GetRequiredService<IClaimService>().CreateAsync(new ClaimsCaller("t1", "owner", "Owner", false), new ClaimDraft(
            ClaimProgram.PartnerCoop, ActivityType.Seminar, "Seminar in June", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 5, 10), 2500m, "USD", true, false), default);
        await AtAsync(Utc(6, 30, 12));
        Assert.Empty(_sender.Channel); // no channel chosen yet: administrators only

        await _services.GetRequiredService<CoopAssistant.Claims.Conversations.IDigestChannelStore>().SetAsync(new CoopAssistant.Claims.Conversations.DigestChannelRecord(
            "t1", "19:general@thread.tacv2", "https://smba.example/", "28:bot", "msteams", "channel", "19:team@thread.tacv2", "en-US", "ana", Utc(7, 1, 0)), default);
        await AtAsync(Utc(7, 15, 12));
        await AtAsync(Utc(7, 15, 13));
        await AtAsync(Utc(7, 31, 12));

        Assert.Equal(["14d", "30d"], _sender.Channel.Select(m => m.Milestone).Order());
        Assert.All(_sender.Channel, m => Assert.Empty(m.Claims));
        Assert.All(_sender.Channel, m => Assert.Equal(string.Empty, m.AdministratorObjectId));
        Assert.Equal(6, _sender.Sent.Count); // the administrators' own alerts are unchanged
    }

    private sealed class RecordingFundAlerts : IFundAlertSender
    {
        public ConcurrentBag<(string Key, DateTimeOffset At, FundAlertMessage Message)> Sent { get; } = [];

        public int FailNext { get; set; }

        public TimeProvider? Clock { get; set; }

        public Task<Result<Done, SendFailure>> SendFundAlertAsync(FundAlertMessage message, CancellationToken cancellationToken)
        {
            if (FailNext > 0)
            {
                FailNext--;
                return Task.FromResult<Result<Done, SendFailure>>(new SendFailure(SendFailureKind.Failed, "test"));
            }

            Sent.Add(($"{message.Milestone}:{message.AdministratorObjectId}", Now(), message));
            return Task.FromResult<Result<Done, SendFailure>>(Done.Value);
        }

        public ConcurrentBag<FundAlertMessage> Channel { get; } = [];

        public Task<Result<Done, SendFailure>> SendChannelFundAlertAsync(FundAlertMessage message, CancellationToken cancellationToken)
        {
            Channel.Add(message);
            return Task.FromResult<Result<Done, SendFailure>>(Done.Value);
        }

        private DateTimeOffset Now() => Clock?.GetUtcNow() ?? DateTimeOffset.MinValue;
    }

    private sealed class Executions : IJobListener
    {
        private int _count;

        public string Name => "test-executions";

        public int Count => Volatile.Read(ref _count);

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        private long _lastFiredTicks;

        /// <summary>When the latest finished run was fired (the scheduler's clock).</summary>
        public DateTimeOffset LastFiredAt => new(Interlocked.Read(ref _lastFiredTicks), TimeSpan.Zero);

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(context);
            var fired = context.FireTimeUtc.UtcTicks;
            long seen;
            do
            {
                seen = Interlocked.Read(ref _lastFiredTicks);
            }
            while (fired > seen && Interlocked.CompareExchange(ref _lastFiredTicks, fired, seen) != seen);

            Interlocked.Increment(ref _count);
            return ValueTask.CompletedTask;
        }
    }
}
