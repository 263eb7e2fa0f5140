using System.Diagnostics;
using System.Globalization;
using CoopAssistant.Bench;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling;
using CoopAssistant.Scheduling.Planning;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.App.Reminders;

namespace CoopAssistant.Reminders.Bench;

internal static class ReminderBench
{
    private const int TenantLimit = 50;
    private const string Section = "Reminders";

    public static async Task Main(string[] args)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COOPASSISTANT_BOT", CoopAssistant.TestKit.RepoPaths.InRepo("src", "Bot"));
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var claimsToPlan = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;

        // 1. Planning cost (pure planner: the work per claim change, without storage).
        var options = new ReminderOptions();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");
        var now = DateTimeOffset.UtcNow;
        var claim = new Claim { Id = Guid.NewGuid(), TenantId = "t", OwnerObjectId = "o", Title = "t", Currency = "USD", UsageStart = new DateOnly(2026, 1, 1), UsageEnd = new DateOnly(2026, 6, 30), ActivityDate = new DateOnly(2026, 3, 1) };
        claim.RecomputeDerivedDates();
        long rows = 0;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < claimsToPlan; i++)
        {
            claim.Id = Guid.NewGuid();
            var plan = ReminderPlanCalculator.Plan(claim, [], zone, now, options);
            rows += plan.Count;
            foreach (var p in plan)
            {
                _ = p.Key.ToString();
            }
        }

        watch.Stop();
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine(FormattableString.Invariant(
            $"plan: {claimsToPlan:N0} claims -> {rows:N0} reminder rows in {watch.Elapsed.TotalSeconds:F2} s ({claimsToPlan / watch.Elapsed.TotalSeconds:N0} claims/s, {bytes / (double)claimsToPlan:F0} B allocated per claim)"));

        BenchResults.Add(Section, BenchResults.Invariant($"planning {claimsToPlan:N0} claims in memory (pure planner)"), "result", watch.Elapsed.TotalSeconds, "s");

        // 2. Delivery: N due reminders to N users through the fake channel.
        await using var channel = await FakeTeamsChannel.StartAsync();
        channel.EnforceRateLimits = true;
        var folder = Directory.CreateTempSubdirectory("coop-rbench-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "coopassistant.db")}";
        watch.Restart();
        await ReminderSeed.SeedAsync(connectionString, folder, channel.ServiceUrl, count);
        Console.WriteLine(FormattableString.Invariant($"seed: {count:N0} claims, conversations and due reminders in {watch.Elapsed.TotalSeconds:F1} s"));

        await using var host = new BotHostFactory(channel, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:CoopAssistant"] = connectionString,
            ["Reminders:PollSeconds"] = "1",
            ["Reminders:DispatchBatchSize"] = "500",
            ["Reminders:DispatchParallelism"] = "64",
            ["Reminders:TenantRequestsPerSecond"] = "47",
        });
        watch.Restart();
        _ = host.Services;
        await channel.WaitForAsync(r => r.Count(a => a.Method == "POST") >= count, TimeSpan.FromMinutes(15));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var posts = channel.Received.Where(a => a.Method == "POST").ToList();
        var keys = posts.GroupBy(a => a.Activity["channelData"]?[TeamsReminderSender.IdempotencyKeyProperty]?.GetValue<string>()).ToList();
        var first = posts.Min(a => a.ReceivedAt);
        var last = posts.Max(a => a.ReceivedAt);
        var seconds = (last - first).TotalSeconds;
        var rate = (posts.Count - 1) / seconds;
        var times = posts.Select(a => a.ReceivedAt).Order().ToArray();
        var maxPerSecond = 0;
        for (int i = 0, j = 0; i < times.Length; i++)
        {
            while (times[i] - times[j] >= TimeSpan.FromSeconds(1))
            {
                j++;
            }

            maxPerSecond = Math.Max(maxPerSecond, i - j + 1);
        }

        Console.WriteLine(FormattableString.Invariant(
            $"deliver: {posts.Count:N0} sends, {keys.Count:N0} distinct keys, lost {count - keys.Count}, duplicated {keys.Sum(g => g.Count() - 1)}; {seconds:F1} s first->last; {rate:F1} sends/s = {100 * rate / TenantLimit:F1}% of the {TenantLimit} RPS tenant limit; busiest 1 s window {maxPerSecond}; per-conversation violations {channel.RateLimitViolations().Count}; 429s answered by the channel: none recorded"));
        var delivered = BenchResults.Invariant($"{count:N0} due reminders to {count:N0} users, fake channel enforcing Teams' limits");
        BenchResults.Add(Section, $"{delivered}: sends/s", "result", rate, "/s");
        BenchResults.Add(Section, $"{delivered}: share of the {TenantLimit} RPS tenant limit", "result", 100 * rate / TenantLimit, "%");
        BenchResults.Add(Section, $"{delivered}: busiest 1 s window", "result", maxPerSecond, "sends");
        BenchResults.Add(Section, $"{delivered}: lost", "result", count - keys.Count, "");
        BenchResults.Add(Section, $"{delivered}: duplicated", "result", keys.Sum(g => g.Count() - 1), "");
        BenchResults.Add(Section, $"{delivered}: per-conversation limit violations", "result", channel.RateLimitViolations().Count, "");
        await host.DisposeAsync();
        await StoragePlanningBench.RunAsync(connectionString, folder, Math.Min(count, 2_000));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
