using System.Collections.Concurrent;
using CoopAssistant.Claims;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Scheduling.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Scheduling.Tests.Dispatch;

/// <summary>Claims on a throwaway SQLite file, the reminder core, a fake clock and a recording sender.</summary>
internal sealed class DispatchHarness : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-sched-{Guid.NewGuid():N}");

    private DispatchHarness() { }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));

    public RecordingSender Sender { get; } = new();

    public ServiceProvider Services { get; private set; } = null!;

    public static readonly ClaimsCaller Owner = new("t1", "owner", "Owner", false);

    public static async Task<DispatchHarness> StartAsync()
    {
        var harness = new DispatchHarness();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CoopAssistant"] = "Data Source=claims.db",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(harness.Clock);
        services.AddClaims(configuration, harness._folder);
        services.AddReminderCore();
        services.AddSingleton<IReminderSender>(harness.Sender);
        services.AddSingleton<IDispatchTrigger, NoTrigger>();
        harness.Services = services.BuildServiceProvider();
        var database = harness.Services.GetRequiredService<ClaimsDatabase>();
        await database.MigrateAsync(CancellationToken.None);
        await using var context = database.ForSystem();
        foreach (var statement in QuartzSchema.Statements(database.Provider))
        {
            await context.Database.ExecuteSqlRawAsync(statement);
        }

        await harness.Services.GetRequiredService<IConversationReferenceStore>().UpsertAsync(
            new ConversationReferenceRecord("t1", "owner", "29:owner", "a:owner", "https://smba.example/amer/", "28:bot", "msteams", "pt-BR", "UTC", harness.Clock.GetUtcNow()),
            CancellationToken.None);
        return harness;
    }

    public IClaimService Claims => Services.GetRequiredService<IClaimService>();

    public ReminderDispatcher NewDispatcher() => ActivatorUtilities.CreateInstance<ReminderDispatcher>(Services);

    public async Task<ClaimView> CreateClaimAsync()
    {
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Azure seminar", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30),
            new DateOnly(2026, 3, 10), 1000m, "USD", true, false);
        var result = await Claims.CreateAsync(Owner, draft, CancellationToken.None);
        return result.Value ?? throw new InvalidOperationException(result.Outcome.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    internal sealed class NoTrigger : IDispatchTrigger
    {
        public Task TriggerAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

internal sealed class RecordingSender : IReminderSender
{
    private readonly ConcurrentQueue<Result<Done, SendFailure>> _script = new();

    public ConcurrentQueue<ReminderMessage> Sent { get; } = new();

    public void Script(params Result<Done, SendFailure>[] results)
    {
        foreach (var result in results)
        {
            _script.Enqueue(result);
        }
    }

    public Task<Result<Done, SendFailure>> SendAsync(ReminderMessage message, CancellationToken cancellationToken)
    {
        if (_script.TryDequeue(out var scripted) && scripted.IsOk is false)
        {
            return Task.FromResult(scripted);
        }

        Sent.Enqueue(message);
        return Task.FromResult<Result<Done, SendFailure>>(Done.Value);
    }

    public ConcurrentQueue<DigestMessage> Digests { get; } = new();

    public Task<Result<Done, SendFailure>> SendDigestAsync(DigestMessage message, CancellationToken cancellationToken)
    {
        Digests.Enqueue(message);
        return Task.FromResult<Result<Done, SendFailure>>(Done.Value);
    }

    public Task<Result<Done, SendFailure>> SendChannelDigestAsync(DigestMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<Result<Done, SendFailure>>(new SendFailure(SendFailureKind.Unreachable, "NoDigestChannel"));
}
