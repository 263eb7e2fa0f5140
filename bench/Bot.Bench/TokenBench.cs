using System.Diagnostics;
using System.Globalization;
using CoopAssistant.Bench;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.Protocol.Authentication;
using CoopAssistant.Protocol.Connector;
using CoopAssistant.TestKit.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;

namespace CoopAssistant.Bot.Bench;

/// <summary>
/// The token paths of an authenticated turn, piece by piece: inbound, a channel token validated in full (JwtBearer) against one
/// taken from <see cref="ChannelTokenCache"/>; 10,000 distinct tokens through the host (CPU per turn on first sight and when
/// seen again, entries kept, managed memory they hold, and the same with the cache bounded below the number of tokens);
/// outbound, MSAL's own cache lookup against the provider's reuse of the last token, and how many tokens were requested.
/// </summary>
internal static class TokenBench
{
    private const string Section = "Channel tokens";
    private const int Concurrency = 32;

    public static async Task RunAsync(StandInConnector connector, IDictionary<string, string?> settings, int distinct)
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        using (var host = new BotHostFactory(connector.ServiceUrl, issuer, settings))
        {
            host.StartServer();
            await PiecesAsync(host, issuer);
            await DistinctAsync(host, issuer, connector, distinct, "cache of 10,000 entries (default)");
        }

        var bounded = distinct / 10;
        using (var small = new BotHostFactory(connector.ServiceUrl, issuer, new Dictionary<string, string?>(settings)
        {
            ["BotFramework:TokenCacheEntries"] = bounded.ToString(CultureInfo.InvariantCulture),
        }))
        {
            small.StartServer();
            await DistinctAsync(small, issuer, connector, distinct, $"cache bounded to {bounded:N0} entries");
        }
    }

    /// <summary>Single-threaded calls, the best of 5 rounds (robust to other work on the machine): per call.</summary>
    private static async Task PiecesAsync(BotHostFactory host, LocalTokenIssuer issuer)
    {
        var token = issuer.CreateToken(host.ValidToken());
        var cache = host.Services.GetRequiredService<ChannelTokenCache>();
        var full = await BestOfAsync(2_000, async () =>
        {
            // A scope per call as per request: the scope's handler provider would otherwise return the first result again.
            await using var scope = host.Services.CreateAsyncScope();
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            http.Request.Headers.Authorization = "Bearer " + token;
            var result = await http.AuthenticateAsync(BotAuthenticationDefaults.Scheme);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("The bench token was refused: " + result.Failure?.Message);
            }
        });
        var cached = await BestOfAsync(50_000, async () =>
        {
            if (await cache.FindAsync(token, CancellationToken.None) is null)
            {
                throw new InvalidOperationException("The bench token was not kept.");
            }
        });

        var provider = host.Services.GetRequiredService<IConnectorTokenProvider>();
        var msal = Msal(issuer);
        string[] scopes = ["https://api.botframework.com/.default"];
        await msal.AcquireTokenForClient(scopes).ExecuteAsync();
        var tokensBefore = issuer.Hits("token");
        var msalLookup = await BestOfAsync(20_000, async () => await msal.AcquireTokenForClient(scopes).ExecuteAsync());
        var reuse = await BestOfAsync(50_000, async () => await provider.GetTokenAsync(CancellationToken.None));
        var requested = issuer.Hits("token") - tokensBefore;

        Report("inbound: channel token validated in full (JwtBearer: signature, claims, endorsements)", full);
        Report("inbound: channel token seen before (SHA-256 + cache lookup + key-set check)", cached);
        Report("outbound: MSAL AcquireTokenForClient, token in MSAL's cache", msalLookup);
        Report("outbound: Connector token provider (last token reused until MSAL's refresh time)", reuse);
        Console.WriteLine($"outbound: {requested} token requests to the token endpoint during {20_000 * 5 + 50_000 * 5:N0} token look-ups");
        BenchResults.Add(Section, "outbound: token requests during the look-ups above", "count", requested, "");
    }

    private static async Task DistinctAsync(BotHostFactory host, LocalTokenIssuer issuer, StandInConnector connector, int distinct, string label)
    {
        var minting = Stopwatch.StartNew();
        var tokens = new string[distinct];
        Parallel.For(0, distinct, i => tokens[i] = issuer.CreateToken(host.ValidToken() with
        {
            ExtraClaims = new Dictionary<string, object> { ["jti"] = i.ToString(CultureInfo.InvariantCulture) },
        }));
        Console.WriteLine($"{label}: minted {distinct:N0} distinct tokens in {minting.Elapsed.TotalSeconds:F1} s");

        var cache = host.Services.GetRequiredService<ChannelTokenCache>();
        var endpoint = new Uri(host.ClientOptions.BaseAddress, "api/messages");
        long next = -1;
        using var driver = new LoadDriver(endpoint, connector.ServiceUrl, () => tokens[Interlocked.Increment(ref next) % distinct]);
        await driver.CountedAsync(Concurrency, 10_000);
        cache.Clear();
        next = -1;
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var cost = ProcessCost.Start();
        await driver.CountedAsync(Concurrency, distinct);
        var firstSight = cost.Stop(distinct);
        var kept = cache.Count;
        var held = GC.GetTotalMemory(forceFullCollection: true);

        cost = ProcessCost.Start();
        await driver.CountedAsync(Concurrency, distinct);
        var seenAgain = cost.Stop(distinct);

        var withEntries = GC.GetTotalMemory(forceFullCollection: true);
        cache.Clear();
        var without = GC.GetTotalMemory(forceFullCollection: true);
        var bytes = Math.Max(0, withEntries - without);
        Console.WriteLine($"{label}: {distinct:N0} distinct tokens, first sight per turn: {firstSight.Summary}; seen again: {seenAgain.Summary}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {kept:N0} kept after first sight ({cache.Count} after clearing); managed memory they hold {bytes / 1048576.0:F1} MiB = {(kept == 0 ? 0 : bytes / (double)kept):F0} bytes per entry (heap grew {(held - before) / 1048576.0:F1} MiB over the first pass); errors {driver.Errors}"));
        var name = $"10,000 distinct tokens, {label}";
        BenchResults.Add(Section, name, "CPU per turn, first sight", firstSight.CpuMicroseconds, "us");
        BenchResults.Add(Section, name, "CPU per turn, seen again", seenAgain.CpuMicroseconds, "us");
        BenchResults.Add(Section, name, "entries kept", kept, "");
        BenchResults.Add(Section, name, "memory held", bytes / 1048576.0, "MiB");
        BenchResults.Add(Section, name, "errors", driver.Errors, "");
    }

    private static async Task<double> BestOfAsync(int calls, Func<Task> call)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < calls; i++)
            {
                await call();
            }

            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMicroseconds / calls);
        }

        return best;
    }

    private static void Report(string name, double microseconds)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {microseconds:F2} us per call (best of 5 rounds, one thread)"));
        BenchResults.Add(Section, name, "per call", microseconds, "us");
    }

    /// <summary>The same client-credentials application the provider builds, trusting the issuer's loopback certificate.</summary>
    private static IConfidentialClientApplication Msal(LocalTokenIssuer issuer) =>
        ConfidentialClientApplicationBuilder.Create(BotHostFactory.AppId)
            .WithClientSecret(BotHostFactory.AppPassword)
            .WithAuthority(new Uri(issuer.BaseAddress, "botframework.com").ToString(), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new TrustingHttpClientFactory(issuer.Certificate.Thumbprint))
            .Build();

    private sealed class TrustingHttpClientFactory(string thumbprint) : IMsalHttpClientFactory
    {
        private readonly HttpClient _client = new(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
        });

        public HttpClient GetHttpClient() => _client;
    }
}
