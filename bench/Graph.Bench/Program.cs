// Attaching 40 OneDrive/SharePoint files to a claim against the fake Graph and Entra servers on loopback:
// HTTP calls by kind and wall time. Usage: dotnet run -c Release --project bench/Graph.Bench [files] [rounds]
using System.Diagnostics;
using System.Globalization;
using CoopAssistant.Bench;
using CoopAssistant.Claims.Results;
using CoopAssistant.Graph;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;
using CoopAssistant.Graph.Tokens;
using CoopAssistant.TestKit.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 40;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
const string tenant = "11111111-1111-1111-1111-111111111111";
const string user = "22222222-2222-2222-2222-222222222222";

await using var graph = await FakeGraphServer.StartAsync();
await using var entra = await FakeEntraServer.StartAsync();
var settings = new Dictionary<string, string?>
{
    ["AzureAd:Instance"] = entra.Instance.AbsoluteUri,
    ["AzureAd:ClientId"] = entra.ClientId,
    ["AzureAd:ApplicationIdUri"] = entra.ApplicationIdUri,
    ["AzureAd:ClientSecret"] = entra.ClientSecret,
    ["AzureAd:OpenIdMetadataUrl"] = entra.OpenIdMetadataUrl.AbsoluteUri,
    ["Graph:BaseUrl"] = graph.BaseUrl.AbsoluteUri,
    ["Graph:CopyPollInterval"] = "00:00:00.050",
    ["RateLimits:EvidenceBytesPerUserPerHour"] = "1099511627776",
    ["RateLimits:EvidenceBytesPerTenantPerHour"] = "1099511627776",
};
var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddEvidence(configuration).AddInMemoryEvidenceTokenStorage();
services.AddHttpClient(GraphHttpClientNames.Entra).ConfigurePrimaryHttpMessageHandler(entra.CreateTrustingHandler);
await using var sp = services.BuildServiceProvider();

var exchange = await sp.GetRequiredService<IGraphTokenService>().ExchangeAsync(
    new SsoTokenExchange("bench", "sso", entra.CreateSsoToken(tenant, user), new GraphUserKey(tenant, user)), CancellationToken.None);
if (exchange.Value is not TokenExchanged.Obtained)
{
    Console.Error.WriteLine($"sign-in failed: {exchange}");
    return 1;
}

var evidence = sp.GetRequiredService<IGraphEvidenceService>();
Console.WriteLine($"Attach {files} files per round, {rounds} rounds (+1 warm-up), copy monitor done after {graph.CopyPollsBeforeDone} polls, poll interval 50 ms");
Console.WriteLine("round  wall_ms  wire_calls  batch  batch_steps  drive  folder_get  folder_create  copy  monitor  ok");
var walls = new List<double>();
var lastWireCalls = 0;
for (var round = 0; round <= rounds; round++)
{
    var refs = Enumerable.Range(0, files)
        .Select(i => graph.AddFile($"Invoice {round}-{i}.pdf", 10_000 + i, site: i % 2 == 0 ? null : "Marketing"))
        .Select(f => new DriveItemRef(f.DriveId, f.Id))
        .ToList();
    graph.ResetLog();
    var clock = Stopwatch.StartNew();
    var results = await evidence.AttachAsync(new EvidenceTarget(tenant, user, $"claim-{round}"), refs, null, CancellationToken.None);
    clock.Stop();
    var ok = results.Count(r => r.IsOk);
    if (round > 0)
    {
        walls.Add(clock.Elapsed.TotalMilliseconds);
        lastWireCalls = graph.WireCalls;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{(round == 0 ? "warm" : round.ToString(CultureInfo.InvariantCulture)),5}  {clock.Elapsed.TotalMilliseconds,7:F0}  {graph.WireCalls,10}  {graph.Count("batch"),5}  {graph.Requests.Count(r => r.InBatch),11}  {graph.Count("drive"),5}  {graph.Count("folder-get"),10}  {graph.Count("folder-create"),13}  {graph.Count("copy"),4}  {graph.Count("monitor"),7}  {ok,2}"));
    if (ok != files || graph.Count("batch") > (files + 19) / 20)
    {
        Console.Error.WriteLine("unexpected result");
        return 2;
    }
}

walls.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wall time over {rounds} rounds: median {walls[walls.Count / 2]:F0} ms, min {walls[0]:F0} ms, max {walls[^1]:F0} ms"));
BenchResults.Add("Graph evidence", BenchResults.Invariant($"attaching {files} files: wall time (median of {rounds} rounds)"), "result", walls[walls.Count / 2], "ms");
BenchResults.Add("Graph evidence", BenchResults.Invariant($"attaching {files} files: $batch metadata calls"), "result", (files + 19) / 20, "");
BenchResults.Add("Graph evidence", BenchResults.Invariant($"attaching {files} files: HTTP calls in all (copies, monitor polls)"), "result", lastWireCalls, "");
Console.WriteLine($"metadata round trips for {files} files: {(files + 19) / 20} $batch calls (≤ 20 steps each)");
return 0;
