using System.Globalization;
using CoopAssistant.Bench;
using CoopAssistant.TestKit.Tokens;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Bench;

/// <summary>
/// Turn throughput and latency against one stand-in Connector and one load driver: the bare limit, the reference bot
/// (Bot Framework SDK for JavaScript), CoopAssistant in local mode and authenticated, each in its own process
/// (<see cref="Turns"/>); the token paths; memory over N turns; the soak.
/// </summary>
internal static class BotBench
{
    private const int Concurrency = 32;

    public static async Task Main(string[] args)
    {
        // Usage: dotnet run -c Release --project bench/Bot.Bench [seconds] [memoryTurns] [phases] [soakSeconds] [rounds]
        //   phases: comma-separated from bare,reference,local,auth,auth-uncached,tokens,memory,soak (default: all but the soak);
        //           an endpoint may carry runtime settings for its process: auth+gcServer=0+GCgen0size=0x4000000 (DOTNET_ variables)
        //   rounds: interleaved rounds of the turn phases (default 3)
        // Internal: serve <variant> <serviceUrl> runs one endpoint under test for the driver (Serve.cs).
        if (args is ["serve", var variant, var serviceUrl])
        {
            await Serve.RunAsync(variant, serviceUrl);
            return;
        }

        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var memoryTurns = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var phases = args.Length > 2 ? args[2].Split(',') : ["bare", "reference", "local", "auth", "auth-uncached", "tokens", "memory"];
        var soakSeconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 600;
        var rounds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 3;
        var duration = TimeSpan.FromSeconds(seconds);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COOPASSISTANT_BOT", CoopAssistant.TestKit.RepoPaths.InRepo("src", "Bot"));
        var quiet = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error" };

        await using var connector = await StandInConnector.StartAsync();
        var variants = phases.Where(Turns.IsVariant).ToList();
        if (variants.Count > 0)
        {
            await Turns.RunAsync(connector, variants, duration, rounds);
        }

        if (phases.Contains("memory"))
        {
            using var local = new BotHostFactory(connector.ServiceUrl, settings: quiet);
            local.StartServer();
            await MemoryAsync(new Uri(local.ClientOptions.BaseAddress, "api/messages"));
        }

        if (phases.Contains("tokens"))
        {
            await TokenBench.RunAsync(connector, quiet, 10_000);
        }

        if (phases.Contains("soak"))
        {
            // Activity ids are kept for de-duplication for one to two BotFramework:DeduplicationWindows (10 min by default): a
            // bounded set of rate x window ids. The soak keeps them 1 minute so the set is full early and growth beyond it shows.
            using var soakHost = new BotHostFactory(connector.ServiceUrl, settings: new Dictionary<string, string?>(quiet) { ["BotFramework:DeduplicationWindow"] = Soak.DeduplicationWindow.ToString() });
            soakHost.StartServer();
            await Soak.RunAsync(new Uri(soakHost.ClientOptions.BaseAddress, "api/messages"), connector, TimeSpan.FromSeconds(soakSeconds));
        }

        async Task MemoryAsync(Uri endpoint)
        {
            using var driver = new LoadDriver(endpoint, connector.ServiceUrl, () => null);
            var samples = new List<ResourceSample>();
            var step = memoryTurns / 4;
            for (var i = 0; i <= 4; i++)
            {
                if (i > 0)
                {
                    await driver.CountedAsync(Concurrency, step);
                }

                samples.Add(ResourceSample.Take());
            }

            Console.WriteLine($"Memory over {memoryTurns:N0} turns (local mode): " + string.Join("; ", samples.Select((s, i) => $"{i * step:N0} turns: {s}")));
        }
    }
}
