using CoopAssistant.Bot.Reminders;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Hosting;
using CoopAssistant.TestKit.Postgres;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace CoopAssistant.Bot.Tests.Reminders;

/// <summary>Real host processes killed like <c>kill -9</c> in the middle of sending, then restarted (or left to a peer).</summary>
[Collection(ReminderPostgresCollection.Name)]
public sealed class ReminderCrashTests(PostgresServer postgres, ITestOutputHelper output)
{
    private static Dictionary<string, string?> HostSettings(string connectionString) => new()
    {
        ["ConnectionStrings__CoopAssistant"] = connectionString,
        ["Reminders__PollSeconds"] = "1",
        ["Reminders__LeaseSeconds"] = "5",
        ["Reminders__DispatchParallelism"] = "8",
        ["Reminders__TenantRequestsPerSecond"] = "47",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static Dictionary<string, int> CountByKey(FakeTeamsChannel channel) => channel.Received
        .Where(a => a.Method == "POST")
        .Select(a => a.Activity["channelData"]?[TeamsReminderSender.IdempotencyKeyProperty]?.GetValue<string>() ?? "")
        .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public async Task AHostKilledMidBatchOf500_AndRestarted_DeliversAll500()
    {
        await using var channel = await FakeTeamsChannel.StartAsync();
        var folder = Directory.CreateTempSubdirectory("coop-crash-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "coopassistant.db")}";
        await ReminderSeed.SeedAsync(connectionString, folder, channel.ServiceUrl, 500);
        SqliteConnection.ClearAllPools();

        var first = await BotProcess.StartBuiltAsync(RepoPaths.Root, HostSettings(connectionString));
        await channel.WaitForAsync(r => r.Count >= 150, TimeSpan.FromSeconds(90));
        first.Kill();
        var atKill = CountByKey(channel).Count;
        await first.DisposeAsync();

        await using (var second = await BotProcess.StartBuiltAsync(RepoPaths.Root, HostSettings(connectionString)))
        {
            await channel.WaitForAsync(_ => CountByKey(channel).Count >= 500, TimeSpan.FromSeconds(120));
            await Task.Delay(TimeSpan.FromSeconds(7)); // past a lease and several polls: nothing more may come
        }

        var counts = CountByKey(channel);
        var duplicates = counts.Values.Sum(c => c - 1);
        output.WriteLine($"delivered before the kill: {atKill}; distinct keys: {counts.Count}; duplicates: {duplicates}");
        Assert.Equal(500, counts.Count);
        // A send that reached the channel in the instant before kill -9 and before its row was marked is in doubt and is
        // re-sent with the same key: at most the sends in flight at the kill (DispatchParallelism).
        Assert.InRange(duplicates, 0, 8);
        Assert.Empty(channel.RateLimitViolations());
    }

    [Fact]
    public async Task TwoHostsOnOnePostgres_Deliver2000_WhenOneIsKilledHalfway()
    {
        await using var channel = await FakeTeamsChannel.StartAsync();
        var folder = Directory.CreateTempSubdirectory("coop-cluster-").FullName;
        var connectionString = postgres.NewDatabaseConnectionString("cluster");
        await ReminderSeed.SeedAsync(connectionString, folder, channel.ServiceUrl, 2000);

        // The tenant budget (47/s) is shared by both hosts through the database (ScaleOut: TenantSendSlots).
        var a = await BotProcess.StartBuiltAsync(RepoPaths.Root, HostSettings(connectionString));
        await using var b = await BotProcess.StartBuiltAsync(RepoPaths.Root, HostSettings(connectionString));
        await channel.WaitForAsync(_ => CountByKey(channel).Count >= 1000, TimeSpan.FromSeconds(120));
        a.Kill();
        await a.DisposeAsync();
        await channel.WaitForAsync(_ => CountByKey(channel).Count >= 2000, TimeSpan.FromSeconds(180));
        await Task.Delay(TimeSpan.FromSeconds(7));

        var counts = CountByKey(channel);
        var duplicates = counts.Values.Sum(c => c - 1);
        output.WriteLine($"distinct keys: {counts.Count}; duplicates: {duplicates}");
        Assert.Equal(2000, counts.Count);
        Assert.InRange(duplicates, 0, 8);
    }
}

[CollectionDefinition(Name)]
public sealed class ReminderPostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "Reminder PostgreSQL";
}
