using System.Globalization;
using CoopAssistant.Bench;

namespace CoopAssistant.Bot.Bench;

/// <summary>
/// The soak: CoopAssistant (local mode, SQLite) under a steady open-loop load — <c>help</c> turns plus "new claim" form
/// submissions that write a claim and plan its reminders — for a fixed time, in 10-second windows. After each window the
/// process's managed heap (after a full collection), working set, handles and threads are sampled, with the window's
/// turns/s and p99; first, last and max are reported so growth shows. The driver keeps no per-turn state across windows.
/// </summary>
internal static class Soak
{
    private const double HelpPerSecond = 500;
    private const double ClaimsPerSecond = 10;
    private const string Section = "Soak";
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    /// <summary>How long the soak host remembers activity ids (the production default is 10 minutes).</summary>
    public static TimeSpan DeduplicationWindow { get; } = TimeSpan.FromMinutes(1);

    public static async Task RunAsync(Uri endpoint, StandInConnector connector, TimeSpan duration)
    {
        var repliesBefore = connector.Received;
        using var help = new LoadDriver(endpoint, connector.ServiceUrl, () => null);
        using var claims = new LoadDriver(endpoint, connector.ServiceUrl, () => null, users: 500, activity: Activities.NewClaim);
        await help.CountedAsync(32, 10_000); // warm-up, as in the throughput phases
        await claims.CountedAsync(4, 500);
        var helpErrorsBefore = help.Errors;
        var claimErrorsBefore = claims.Errors;
        var windows = Math.Max(1, (int)Math.Round(duration / Window));
        var samples = new List<(double Minutes, ResourceSample Resources, RunResult Help, RunResult Claims)>();
        var first = ResourceSample.Take();
        Series(0, first, double.NaN);
        Console.WriteLine($"Soak: {windows} x {Window.TotalSeconds:F0} s at {HelpPerSecond} help turns/s + {ClaimsPerSecond} new-claim submissions/s, activity ids kept {DeduplicationWindow.TotalMinutes} min; start: {first}");
        for (var i = 1; i <= windows; i++)
        {
            var turns = help.OpenLoopAsync(HelpPerSecond, Window);
            var writes = claims.OpenLoopAsync(ClaimsPerSecond, Window);
            var (helpRun, claimRun) = (await turns, await writes);
            var sample = ResourceSample.Take();
            samples.Add((i * Window.TotalMinutes, sample, helpRun, claimRun));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {i * Window.TotalSeconds,5:F0} s: {sample}; help {helpRun.TurnsPerSecond:F0}/s p99 {helpRun.P99:F2} ms; new claim p99 {claimRun.P99:F2} ms"));
            Series(i * Window.TotalMinutes, sample, helpRun.P99);
        }

        var replies = await connector.WaitForRepliesAsync(repliesBefore, help.Sent, TimeSpan.FromSeconds(10));
        Report("managed heap after full GC", "MiB", first.HeapMiB, samples.Select(s => s.Resources.HeapMiB));
        Report("working set", "MiB", first.WorkingSetMiB, samples.Select(s => s.Resources.WorkingSetMiB));
        Report("handles (open fds)", "", first.Handles, samples.Select(s => (double)s.Resources.Handles));
        Report("threads", "", first.Threads, samples.Select(s => (double)s.Resources.Threads));
        Report("help turns/s per window", "turns/s", null, samples.Select(s => s.Help.TurnsPerSecond));
        Report("help p99 per window", "ms", null, samples.Select(s => s.Help.P99));
        Report("new claim p99 per window", "ms", null, samples.Select(s => s.Claims.P99));
        var helpTurns = samples.Sum(s => s.Help.Turns);
        var claimTurns = samples.Sum(s => s.Claims.Turns);
        var summary = BenchResults.Invariant(
            $"{duration.TotalMinutes:F1} min at {HelpPerSecond} help turns/s + {ClaimsPerSecond} new-claim submissions/s (activity ids kept {DeduplicationWindow.TotalMinutes} min instead of 10 so the de-duplication set fills early; host, load driver and Connector in one process): {helpTurns:N0} help turns ({help.Errors - helpErrorsBefore} errors, {replies:N0} replies posted for {help.Sent:N0} turns incl. warm-up), {claimTurns:N0} claims written ({claims.Errors - claimErrorsBefore} errors)");
        Console.WriteLine("Soak " + summary);
        BenchResults.Note(Section, summary);

        static void Series(double minutes, ResourceSample sample, double p99)
        {
            var at = BenchResults.Invariant($"{minutes:F2}");
            BenchResults.Add("Soak series", at, "heap", sample.HeapMiB, "MiB");
            BenchResults.Add("Soak series", at, "working set", sample.WorkingSetMiB, "MiB");
            BenchResults.Add("Soak series", at, "handles", sample.Handles, "");
            BenchResults.Add("Soak series", at, "threads", sample.Threads, "");
            BenchResults.Add("Soak series", at, "help p99", p99, "ms");
        }

        static void Report(string name, string unit, double? start, IEnumerable<double> values)
        {
            var list = values.ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: start {start?.ToString("F1", CultureInfo.InvariantCulture) ?? "-"}, first window {list[0]:F1}, last {list[^1]:F1}, max {list.Max():F1} {unit}"));
            if (start is { } before)
            {
                BenchResults.Add(Section, name, "start", before, unit);
            }

            BenchResults.Add(Section, name, "first window", list[0], unit);
            BenchResults.Add(Section, name, "last", list[^1], unit);
            BenchResults.Add(Section, name, "max", list.Max(), unit);
        }
    }
}
