using System.Diagnostics;
using System.Globalization;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Tokens;

namespace CoopAssistant.Bot.Bench;

/// <summary>Turn throughput and latency: bare limit, local mode, authenticated.</summary>
internal static class BotBench
{
    private const int Concurrency = 32;

    public static async Task Main(string[] args)
    {
        // Turn throughput and latency: bare limit, local mode, authenticated. Usage: dotnet run -c Release --project bench/Bot.Bench [seconds] [memoryTurns]
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var memoryTurns = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var phases = args.Length > 2 ? args[2].Split(',') : ["bare", "local", "auth"];
        var duration = TimeSpan.FromSeconds(seconds);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COOPASSISTANT_BOT", CoopAssistant.TestKit.RepoPaths.InRepo("src", "Bot"));

        await using var connector = await StandInConnector.StartAsync();
        var rows = new List<string>();

        if (phases.Contains("bare"))
        {
            await using var bare = await BareEndpoint.StartAsync();
            rows.Add(await MeasureAsync("bare minimal API (parse + post one card)", bare.MessagesUrl, () => null));
        }

        var bareRate = rows.Count > 0 ? Rate(rows[0]) : double.NaN;

        if (phases.Contains("local"))
        {
            using var local = new BotHostFactory(connector.ServiceUrl, settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error" });
            local.StartServer();
            rows.Add(await MeasureAsync("CoopAssistant, local mode", new Uri(local.ClientOptions.BaseAddress, "api/messages"), () => null));
            Console.WriteLine(await MemoryAsync(local));
        }

        if (phases.Contains("auth"))
        {
            await using var issuer = await LocalTokenIssuer.StartAsync();
            using var authenticated = new BotHostFactory(connector.ServiceUrl, issuer, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error" });
            authenticated.StartServer();
            var token = issuer.CreateToken(authenticated.ValidToken());
            rows.Add(await MeasureAsync("CoopAssistant, authenticated (JWT + endorsement + serviceurl)", new Uri(authenticated.ClientOptions.BaseAddress, "api/messages"), () => token));
        }

        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {seconds} s per phase, {Concurrency} concurrent clients");
        Console.WriteLine("| endpoint | max turns/s | % of bare | p50 ms at max | p99 ms at max | p50 ms at half load | p99 ms at half load | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            Console.WriteLine(row.Replace("{bare}", (Rate(row) / bareRate * 100).ToString("F0", CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        async Task<string> MeasureAsync(string name, Uri endpoint, Func<string?> token)
        {
            using var driver = new LoadDriver(endpoint, connector.ServiceUrl, token);
            await driver.CountedAsync(Concurrency, 10_000); // warm-up: JIT, pools, and the first turn of each of the 10,000 users (their conversation reference is written once)
            var max = await driver.ClosedLoopAsync(Concurrency, duration);
            var half = await driver.OpenLoopAsync(max.TurnsPerSecond / 2, duration);
            Console.WriteLine($"{name}: {max.TurnsPerSecond:F0} turns/s max; half load {half.TurnsPerSecond:F0}/s p99 {half.P99:F2} ms; errors {driver.Errors}");
            return string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {max.TurnsPerSecond:F0} | {{bare}}% | {max.P50:F2} | {max.P99:F2} | {half.P50:F2} | {half.P99:F2} | {driver.Errors} |");
        }

        async Task<string> MemoryAsync(BotHostFactory host)
        {
            using var driver = new LoadDriver(new Uri(host.ClientOptions.BaseAddress, "api/messages"), connector.ServiceUrl, () => null);
            var samples = new List<string>();
            var step = memoryTurns / 4;
            for (var i = 0; i <= 4; i++)
            {
                if (i > 0)
                {
                    await driver.CountedAsync(Concurrency, step);
                }

                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                samples.Add(string.Create(CultureInfo.InvariantCulture, $"{i * step} turns: heap {GC.GetTotalMemory(false) / 1048576.0:F1} MiB, working set {Process.GetCurrentProcess().WorkingSet64 / 1048576.0:F0} MiB"));
            }

            return "Memory over " + memoryTurns.ToString(CultureInfo.InvariantCulture) + " turns (local mode): " + string.Join("; ", samples);
        }

        double Rate(string row) => double.Parse(row.Split('|')[2], CultureInfo.InvariantCulture);
    }
}
