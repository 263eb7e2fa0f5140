using System.Diagnostics;
using System.Globalization;
using CoopAssistant.Bench;

namespace CoopAssistant.Bot.Bench;

/// <summary>
/// Turns per second and latency of each endpoint, each in its own process (<see cref="ServedEndpoint"/>) while this process
/// only drives the load and hosts the stand-in Connector. Endpoints are measured in interleaved rounds (bare, auth, bare,
/// auth, …) so that a change in the machine's load during the run hits every endpoint alike; the "% of bare" of each round
/// compares two measurements seconds apart. Per round and endpoint: a closed loop at 32 connections (the maximum), then an
/// open loop at half that maximum (latency at a load it can carry). The table shows each figure's median over the rounds.
/// </summary>
internal static class Turns
{
    public const string Section = "Turns";
    public const int Concurrency = 32;
    /// <summary>Warm-up steps at full load; the warm-up ends once the endpoint's JIT has settled (<see cref="WarmUpAsync"/>) or
    /// at <see cref="MaxWarmUp"/>. A fixed 4 s was too short on 2 busy cores: the
    /// endpoint was still promoting about 2,000 methods to tier 1 in the first measured round, a second of JIT on the cores the
    /// measured turns needed.</summary>
    private static readonly TimeSpan WarmUpStep = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan MinWarmUp = TimeSpan.FromSeconds(8);
    private const int SettledMethods = 4;

    private static readonly Dictionary<string, string> Names = new()
    {
        ["bare"] = "bare minimal API (parse + post one card)",
        ["reference"] = "reference bot (botbuilder 4.23.3 for JavaScript, CloudAdapter, no app id)",
        ["local"] = "CoopAssistant, local mode",
        ["auth"] = "CoopAssistant, authenticated (JWT + endorsement + serviceurl)",
        ["auth-uncached"] = "CoopAssistant, authenticated, token cache off (every request validated in full)",
    };

    public static IEnumerable<string> Variants => Names.Keys;

    /// <summary>
    /// A variant, optionally with runtime settings for its endpoint process after <c>+</c>: <c>auth+GCgen0size=0x4000000</c> is
    /// the authenticated host with <c>DOTNET_GCgen0size=0x4000000</c>, so runtime settings compare in the same interleaved rounds.
    /// </summary>
    public static bool IsVariant(string phase) => Names.ContainsKey(phase.Split('+')[0]);

    private static string NameOf(string variant)
    {
        var parts = variant.Split('+');
        return parts.Length == 1 ? Names[variant] : $"{Names[parts[0]]}, {string.Join(' ', parts.Skip(1).Select(p => "DOTNET_" + p))}";
    }

    public static async Task RunAsync(StandInConnector connector, IReadOnlyList<string> variants, TimeSpan duration, int rounds)
    {
        var endpoints = new List<(ServedEndpoint Endpoint, LoadDriver Driver)>();
        _ = RuntimeWindow.Instance;
        try
        {
            foreach (var variant in variants)
            {
                var endpoint = await ServedEndpoint.StartAsync(variant, connector.ServiceUrlFor(ServedEndpoint.PathSegment(variant)));
                endpoints.Add((endpoint, new LoadDriver(endpoint.MessagesUrl, connector.ServiceUrlFor(ServedEndpoint.PathSegment(variant)), () => endpoint.Token)));
            }

            foreach (var (endpoint, driver) in endpoints)
            {
                // Every user's first turn (their conversation reference is written once), then full load until tiered JIT (tier 0,
                // instrumented, tier 1 with PGO) has settled, then a little of the open loop.
                await driver.CountedAsync(Concurrency, LoadDriver.Users);
                Console.WriteLine($"warm-up, {endpoint.Variant}: {await WarmUpAsync(endpoint, driver)}");
            }

            foreach (var (endpoint, _) in endpoints)
            {
                endpoint.PrintAllocations();   // the warm-up's; the measured rounds' are printed when the endpoint stops
            }

            var measured = variants.ToDictionary(v => v, _ => new List<Round>());
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (endpoint, driver) in endpoints)
                {
                    var before = await endpoint.CostAsync();
                    var max = await driver.ClosedLoopAsync(Concurrency, duration);
                    var cost = before is null ? null : (await endpoint.CostAsync())!.PerTurn(before, max.Turns);
                    var endpointBefore = await endpoint.CostAsync();
                    var driverBefore = RuntimeWindow.Instance.Read();
                    var driverCpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var half = await driver.OpenLoopAsync(max.TurnsPerSecond / 2, duration);
                    var driverAfter = RuntimeWindow.Instance.Read();
                    var driverCpuPerTurn = (Process.GetCurrentProcess().TotalProcessorTime - driverCpu).TotalMicroseconds / Math.Max(1, half.Turns);
                    var endpointAfter = await endpoint.CostAsync();
                    var endpointCpuPerTurn = endpointAfter is null ? double.NaN : (endpointAfter.CpuMicroseconds - endpointBefore!.CpuMicroseconds) / Math.Max(1, half.Turns);
                    measured[endpoint.Variant].Add(new Round(max, half, cost));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"round {round}, {endpoint.Variant}: {max.TurnsPerSecond:F0} turns/s max (p50 {max.P50:F2}, p99 {max.P99:F2} ms); half load {half.TurnsPerSecond:F0}/s p50 {half.P50:F2}, p99 {half.P99:F2} ms (sends late by p99 {half.PacingP99:F2} ms); endpoint process per turn at max: {cost?.Summary ?? "n/a (node)"}; load {Load()}"));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  half load, endpoint process: {endpointCpuPerTurn:F0} us CPU per turn, {(endpointAfter is null ? "n/a (node)" : endpointAfter.Runtime.Since(endpointBefore!.Runtime))}; driver process: {driverCpuPerTurn:F0} us CPU per turn, {driverAfter.Since(driverBefore)}"));
                }
            }

            var replies = new Dictionary<string, long>();
            foreach (var (endpoint, driver) in endpoints)
            {
                replies[endpoint.Variant] = await connector.WaitForRepliesAsync(ServedEndpoint.PathSegment(endpoint.Variant), driver.Sent - driver.Errors, TimeSpan.FromSeconds(10));
            }

            Report(endpoints, measured, replies, duration, rounds);
        }
        finally
        {
            foreach (var (endpoint, driver) in endpoints)
            {
                driver.Dispose();
                await endpoint.DisposeAsync();
            }
        }
    }

    /// <summary>Full load in steps until the endpoint's JIT has settled: two steps in a row in which it compiled at most
    /// <see cref="SettledMethods"/> methods per 10,000 turns (per turn, so that a step slowed by a busy machine does not look
    /// settled), at least <see cref="MinWarmUp"/>; 4 s for the reference bot, whose JIT is not read. Then 2 s of the open loop at
    /// half the last step's rate. Returns what it did, for the log.</summary>
    private static async Task<string> WarmUpAsync(ServedEndpoint endpoint, LoadDriver driver)
    {
        var elapsed = TimeSpan.Zero;
        var quiet = 0;
        double perTenThousand = -1;
        RunResult step;
        while (true)
        {
            var before = await endpoint.CostAsync();
            step = await driver.ClosedLoopAsync(Concurrency, WarmUpStep);
            var after = await endpoint.CostAsync();
            elapsed += WarmUpStep;
            if (after is null)
            {
                if (elapsed >= 2 * WarmUpStep)
                {
                    break;
                }

                continue;
            }

            perTenThousand = (after.Runtime.JitMethods - before!.Runtime.JitMethods) * 10_000.0 / Math.Max(1, step.Turns);
            quiet = perTenThousand <= SettledMethods ? quiet + 1 : 0;
            if ((quiet >= 2 && elapsed >= MinWarmUp) || elapsed >= MaxWarmUp)
            {
                break;
            }
        }

        await driver.OpenLoopAsync(step.TurnsPerSecond / 2, WarmUpStep);
        return string.Create(CultureInfo.InvariantCulture,
            $"{elapsed.TotalSeconds:F0} s at full load ({(perTenThousand < 0 ? "JIT not read" : $"{perTenThousand:F1} methods compiled per 10,000 turns in the last {WarmUpStep.TotalSeconds:F0} s")}), then {WarmUpStep.TotalSeconds:F0} s at half load");
    }

    private static void Report(List<(ServedEndpoint Endpoint, LoadDriver Driver)> endpoints, Dictionary<string, List<Round>> measured,
        Dictionary<string, long> replies, TimeSpan duration, int rounds)
    {
        var bare = measured.GetValueOrDefault("bare");
        double OfBare(string variant) => bare is null ? double.NaN
            : Median(measured[variant].Select((r, i) => r.Max.TurnsPerSecond / bare[i].Max.TurnsPerSecond * 100));

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; load {Load()}; {rounds} interleaved rounds of {duration.TotalSeconds:F0} s at max + {duration.TotalSeconds:F0} s at half load per endpoint; {Concurrency} connections at max, {LoadDriver.Users:N0} users; medians over the rounds"));
        Console.WriteLine("| endpoint | max turns/s | % of bare | p50 ms at max | p99 ms at max | p50 ms at half load | p99 ms at half load | errors | CPU µs/turn | allocated KiB/turn | replies posted / turns |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (endpoint, driver) in endpoints)
        {
            var rows = measured[endpoint.Variant];
            var name = NameOf(endpoint.Variant);
            var max = Median(rows.Select(r => r.Max.TurnsPerSecond));
            var ofBare = OfBare(endpoint.Variant);
            var cpu = rows[0].Cost is null ? double.NaN : Median(rows.Select(r => r.Cost!.CpuMicroseconds));
            var allocated = rows[0].Cost is null ? double.NaN : Median(rows.Select(r => r.Cost!.AllocatedKiB));
            var halfP50 = Median(rows.Select(r => r.Half.P50));
            var halfP99 = Median(rows.Select(r => r.Half.P99));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {max:F0} | {ofBare:F0}% | {Median(rows.Select(r => r.Max.P50)):F2} | {Median(rows.Select(r => r.Max.P99)):F2} | {halfP50:F2} | {halfP99:F2} | {driver.Errors} | {cpu:F0} | {allocated:F1} | {replies[endpoint.Variant]:N0} / {driver.Sent:N0} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {endpoint.Variant} per round: % of bare {string.Join(", ", rows.Select((r, i) => bare is null ? "n/a" : $"{r.Max.TurnsPerSecond / bare[i].Max.TurnsPerSecond * 100:F0}%"))}; p99 at half load {string.Join(", ", rows.Select(r => $"{r.Half.P99:F2}"))} ms"));
            BenchResults.Add(Section, name, "turns/s", max, "turns/s");
            BenchResults.Add(Section, name, "% of bare", ofBare, "%");
            BenchResults.Add(Section, name, "p50 at max", Median(rows.Select(r => r.Max.P50)), "ms");
            BenchResults.Add(Section, name, "p99 at max", Median(rows.Select(r => r.Max.P99)), "ms");
            BenchResults.Add(Section, name, "p50 at half load", halfP50, "ms");
            BenchResults.Add(Section, name, "p99 at half load", halfP99, "ms");
            BenchResults.Add(Section, name, "errors", driver.Errors, "");
            BenchResults.Add(Section, name, "CPU per turn (endpoint process)", cpu, "us");
            BenchResults.Add(Section, name, "allocated per turn (endpoint process)", allocated, "KiB");
            BenchResults.Add(Section, name, "turns posted", driver.Sent, "");
            BenchResults.Add(Section, name, "replies at the Connector", replies[endpoint.Variant], "");
        }

        Notes(endpoints, measured, OfBare);
        BenchResults.Note(Section, BenchResults.Invariant(
            $"Each endpoint in its own process (Release; the authenticated host in the Production environment, local mode in Development), the load driver and stand-in Connector in another; {rounds} interleaved rounds, medians shown; load average {Load()} at the end"));
    }

    private static void Notes(List<(ServedEndpoint Endpoint, LoadDriver Driver)> endpoints, Dictionary<string, List<Round>> measured, Func<string, double> ofBare)
    {
        if (measured.ContainsKey("bare") && measured.TryGetValue("local", out var local))
        {
            var percent = ofBare("local");
            BenchResults.Note(Section, BenchResults.Invariant(
                $"CoopAssistant (local mode) reaches **{percent:F0}%** of the bare endpoint's turns/s (target >= 50%: {(percent >= 50 ? "met" : "not met")})"));
        }

        if (measured.ContainsKey("bare") && measured.TryGetValue("auth", out var auth))
        {
            var percent = ofBare("auth");
            var p99 = Median(auth.Select(r => r.Half.P99));
            var errors = endpoints.First(e => e.Endpoint.Variant == "auth").Driver.Errors;
            var met = percent >= 70 && p99 < 10 && errors == 0;
            var line = $"CoopAssistant (authenticated) reaches **{percent:F0}%** of the bare endpoint's turns/s, p99 at half load {p99:F1} ms, {errors} errors (target >= 70%, < 10 ms, 0 errors: {(met ? "met" : "not met")})";
            Console.WriteLine(line);
            BenchResults.Note(Section, BenchResults.Invariant($"{line}"));
        }

        if (measured.TryGetValue("reference", out var reference) && measured.TryGetValue("local", out var coop))
        {
            var ratio = Median(coop.Select(r => r.Max.TurnsPerSecond)) / Median(reference.Select(r => r.Max.TurnsPerSecond));
            var coopP99 = Median(coop.Select(r => r.Max.P99));
            var referenceP99 = Median(reference.Select(r => r.Max.P99));
            var met = ratio >= 10 && coopP99 < referenceP99;
            BenchResults.Note(Section, BenchResults.Invariant(
                $"CoopAssistant (local mode) / reference bot: **{ratio:F1}x** the turns/s, p99 at max {coopP99:F1} vs {referenceP99:F1} ms (target >= 10x at a lower p99: {(met ? "met" : "not met")})"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Load()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private sealed record Round(RunResult Max, RunResult Half, TurnCost? Cost);
}
