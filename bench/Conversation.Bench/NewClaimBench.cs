using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoopAssistant.Bench;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Services;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Conversation.Bench;

/// <summary>
/// "New claim" invoke turns (<c>adaptiveCard/action</c> <c>claim.create</c> with a valid form: parse and validation, the
/// claim and the conversation state written to SQLite, the claim card built and returned) posted to the real host in local
/// mode at a fixed rate (open loop, no coordinated omission). Prints p50/p99; the target is p99 &lt; 15 ms at 200 turns/s.
/// Usage: dotnet run -c Release --project bench/Conversation.Bench [turnsPerSecond] [seconds] [users]
/// </summary>
internal static class NewClaimBench
{
    public static async Task Main(string[] args)
    {
        var rate = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        var users = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COOPASSISTANT_BOT", CoopAssistant.TestKit.RepoPaths.InRepo("src", "Bot"));

        using var host = new BotHostFactory("http://127.0.0.1:9/amer/", settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error" });
        host.StartServer();
        var endpoint = new Uri(host.ClientOptions.BaseAddress, "api/messages");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(30) };
        long sequence = 0;
        long errors = 0;

        async Task<double> TurnAsync()
        {
            var n = Interlocked.Increment(ref sequence);
            var user = n % users;
            var body = Activities.NewClaim(n, user, "http://127.0.0.1:9/amer/");
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode || !text.Contains("claim.ready", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }

            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        async Task<double[]> OpenLoopAsync(double perSecond, TimeSpan duration)
        {
            var total = (int)(perSecond * duration.TotalSeconds);
            var tasks = new Task<double>[total];
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < total; i++)
            {
                var wait = i / perSecond - clock.Elapsed.TotalSeconds;
                if (wait > 0.002)
                {
                    await Task.Delay(TimeSpan.FromSeconds(wait));
                }

                tasks[i] = TurnAsync();
            }

            var latencies = await Task.WhenAll(tasks);
            Array.Sort(latencies);
            return latencies;
        }

        Console.WriteLine("Sequential component timings:");
        await ComponentTimings.PrintAsync(host.Services, 200);

        // Warm-up: JIT, connection pools, SQLite pages, every user's first state row.
        await OpenLoopAsync(rate, TimeSpan.FromSeconds(Math.Max(3, seconds / 3)));
        var warmErrors = Interlocked.Exchange(ref errors, 0);
        var measured = await OpenLoopAsync(rate, TimeSpan.FromSeconds(seconds));

        double At(double q) => measured[Math.Min(measured.Length - 1, (int)(q * measured.Length))];
        var claims = host.Services.GetRequiredService<IClaimService>();
        var sample = await claims.ListMineAsync(new ClaimsCaller(Activities.Tenant, "00000000-0000-0000-0000-000000000001", null, false), 1000, default);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; SQLite (WAL); {users} users; locales en-US/pt-BR alternating");
        Console.WriteLine("| turn | rate (turns/s) | turns | p50 ms | p90 ms | p99 ms | max ms | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| new claim invoke (validate + SQLite write + claim card) | {rate:F0} | {measured.Length} | {At(0.50):F2} | {At(0.90):F2} | {At(0.99):F2} | {measured[^1]:F2} | {errors} (warm-up {warmErrors}) |"));
        Console.WriteLine($"Target p99 < 15 ms: {(At(0.99) < 15 ? "met" : "NOT met")}. Claims stored for user 1: {sample.Count}.");
        const string Section = "New claim invoke";
        var name = BenchResults.Invariant($"new claim invoke at {rate:F0} turns/s (validate + SQLite write + claim card)");
        BenchResults.Add(Section, name, "p50", At(0.50), "ms");
        BenchResults.Add(Section, name, "p90", At(0.90), "ms");
        BenchResults.Add(Section, name, "p99", At(0.99), "ms");
        BenchResults.Add(Section, name, "errors", errors, "");
    }
}
