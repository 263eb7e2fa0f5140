using System.Diagnostics;
using CoopAssistant.Bot.Operations;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Bot.Tests.Reminders;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.App.Reminders;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Hosting;
using CoopAssistant.TestKit.Postgres;
using Xunit.Abstractions;

namespace CoopAssistant.Bot.Tests.Faults;

/// <summary>
/// A real host process on its own PostgreSQL, in the middle of sending reminders it has leased (the channel holds the sends
/// unanswered) and with a trigger acquired by Quartz, loses its database (killed) and then gets SIGTERM: it exits within the
/// shutdown timeout (the running dispatch is interrupted, and Quartz's job store stops retrying the dead database), and once
/// the database is back a restarted host sends every reminder, those the first host had leased included.
/// </summary>
public sealed class HostShutdownTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Reminders = 6;
    private readonly PostgresServer _postgres = new();
    private FakeTeamsChannel _channel = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        // A server of its own: killing the shared one would break the other PostgreSQL tests.
        await _postgres.InitializeAsync();
        _channel = await FakeTeamsChannel.StartAsync();
        _folder = Directory.CreateTempSubdirectory("coop-shutdown-").FullName;
    }

    public async Task DisposeAsync()
    {
        _channel.ReleaseSends();
        await _channel.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        await _postgres.DisposeAsync().WaitAsync(TimeSpan.FromSeconds(90));
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task DatabaseKilledThenSigterm_HostExitsWithinTheShutdownTimeout_AndARestartSendsTheRemindersItHadLeased()
    {
        var connectionString = _postgres.NewDatabaseConnectionString("shutdown");
        await ReminderSeed.SeedAsync(connectionString, _folder, _channel.ServiceUrl, Reminders);
        _channel.HoldSends();

        var first = await BotProcess.StartBuiltAsync(RepoPaths.Root, Settings(connectionString), TimeSpan.FromSeconds(90));
        try
        {
            await WaitUntilAsync(() => _channel.HeldSends >= 2, TimeSpan.FromSeconds(60), "the host leased reminders and is sending them");
            await _postgres.KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(2)); // the scheduler's next round meets the dead database

            var exitedAfter = await first.TerminateAsync(OperationsExtensions.ShutdownTimeout + TimeSpan.FromSeconds(30));
            output.WriteLine($"exited {(exitedAfter is { } t ? $"{t.TotalSeconds:F1} s" : "never (killed)")} after SIGTERM; exit code {(first.HasExited ? first.ExitCode : -1)}");
            Assert.True(exitedAfter is not null, "SIGTERM did not stop the host: it was still running 60 s later.\n" + first.Output);
            Assert.True(exitedAfter < OperationsExtensions.ShutdownTimeout, $"The host took {exitedAfter} to stop (timeout {OperationsExtensions.ShutdownTimeout}).\n{first.Output}");
        }
        finally
        {
            await first.DisposeAsync();
        }

        Assert.Empty(_channel.Received); // the held sends died with the process: nothing was delivered
        _channel.ReleaseSends();
        await _postgres.RestartAsync();
        await using var second = await BotProcess.StartBuiltAsync(RepoPaths.Root, Settings(connectionString), TimeSpan.FromSeconds(90));
        var received = await _channel.WaitForAsync(r => Keys(r).Count == Reminders, TimeSpan.FromSeconds(90));
        Assert.Equal(Reminders, Keys(received).Count);
    }

    [Fact]
    public async Task InProcessHostWithItsDatabaseKilled_StopsWithinTheShutdownTimeout()
    {
        // The path of the hang seen in the suite: a test host disposed while its database is down.
        var host = new BotHostFactory(_channel, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:CoopAssistant"] = _postgres.NewDatabaseConnectionString("inprocess"),
            ["Reminders:PollSeconds"] = "1",
            ["Reminders:DigestCron"] = "* * * ? * *",
        });
        host.StartServer();
        await Task.Delay(TimeSpan.FromSeconds(2)); // Quartz runs its rounds
        await _postgres.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(2)); // and now meets the dead database

        var clock = Stopwatch.StartNew();
        await host.DisposeAsync();
        output.WriteLine($"stopped and disposed in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(clock.Elapsed < OperationsExtensions.ShutdownTimeout, $"The host took {clock.Elapsed} to stop.");
    }

    private static Dictionary<string, string?> Settings(string connectionString) => new()
    {
        ["ConnectionStrings__CoopAssistant"] = connectionString,
        ["Reminders__PollSeconds"] = "1",
        ["Reminders__LeaseSeconds"] = "5",
        ["Reminders__DispatchParallelism"] = "2",

        // The digest fires every second, so Quartz's scheduler thread always holds an acquired trigger: with the database
        // gone it cannot mark it fired and retries handing it back (the call that kept the host from ever stopping).
        ["Reminders__DigestCron"] = "* * * ? * *",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
    };

    private static HashSet<string> Keys(IEnumerable<ReceivedActivity> received) =>
    [
        .. received.Where(a => a.Method == "POST")
            .Select(a => a.Activity["channelData"]?[TeamsReminderSender.IdempotencyKeyProperty]?.GetValue<string>())
            .OfType<string>(),
    ];

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not seen within {timeout.TotalSeconds:F0} s: {what}.");
            }

            await Task.Delay(50);
        }
    }
}
