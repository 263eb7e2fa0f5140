using System.Diagnostics;
using System.Globalization;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Tokens;

namespace CoopAssistant.Bot.Bench;

/// <summary>
/// <c>serve &lt;variant&gt; &lt;serviceUrl&gt;</c>: the endpoint under test alone in this process, so that the load driver (and the
/// stand-in Connector it hosts) neither shares its thread pool nor shows in its CPU and allocation figures. Variants:
/// <c>bare</c> (the minimal API), <c>auth</c> and <c>auth-uncached</c> (the real host, Production environment, a loopback token
/// issuer in this process), <c>local</c> (the real host in local mode, which only starts in Development).
/// Protocol on the standard streams, one line each: it prints <c>ready &lt;messagesUrl&gt; &lt;token or -&gt;</c>; to <c>cost</c> it
/// answers <c>cost &lt;CPU µs&gt; &lt;allocated bytes&gt; &lt;gen0&gt; &lt;gen1&gt; &lt;gen2&gt;</c> and a <see cref="RuntimeWindow"/> reading (totals since start); <c>exit</c> (or the end of
/// its input) stops it.
/// </summary>
internal static class Serve
{
    public static async Task RunAsync(string variant, string serviceUrl)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COOPASSISTANT_BOT", CoopAssistant.TestKit.RepoPaths.InRepo("src", "Bot"));
        var quiet = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error", ["environment"] = "Production" };
        LocalTokenIssuer? issuer = null;
        BareEndpoint? bare = null;
        BotHostFactory? host = null;
        Uri? messages = null;
        var token = "-";
        _ = RuntimeWindow.Instance;   // GC pauses are counted from the start
        try
        {
            switch (variant)
            {
                case "bare":
                    var endpoint = await BareEndpoint.StartAsync();
                    bare = endpoint;
                    messages = endpoint.MessagesUrl;
                    break;
                case "local":
                    // Local mode (no MicrosoftAppId) refuses to start outside Development (src/Protocol/LocalMode.cs).
                    host = new BotHostFactory(serviceUrl, settings: new Dictionary<string, string?>(quiet) { ["environment"] = "Development" });
                    break;
                case "auth" or "auth-uncached":
                    issuer = await LocalTokenIssuer.StartAsync();
                    var settings = new Dictionary<string, string?>(quiet);
                    if (variant == "auth-uncached")
                    {
                        settings["BotFramework:TokenCacheEntries"] = "0";
                    }

                    host = new BotHostFactory(serviceUrl, issuer, settings);
                    break;
                default:
                    throw new ArgumentException($"Unknown variant '{variant}' (bare, local, auth, auth-uncached).", nameof(variant));
            }

            if (host is not null)
            {
                host.StartServer();
                messages = new Uri(host.ClientOptions.BaseAddress, "api/messages");
                if (issuer is not null)
                {
                    token = issuer.CreateToken(host.ValidToken());
                }
            }

            // The environment the host really runs in (stderr: the driver prints it), so a run shows it measured Production.
            var environment = host?.Services.GetRequiredService<IHostEnvironment>().EnvironmentName ?? "n/a (bare minimal API)";
            Console.Error.WriteLine($"serving {variant} at {messages} in environment {environment}; GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {System.Runtime.GCSettings.LatencyMode}, DOTNET_GCgen0size={Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "-"}");
            Console.WriteLine($"ready {messages} {token}");
            while (Console.ReadLine() is { } command && command != "exit")
            {
                if (command == "cost")
                {
                    Console.WriteLine(Cost());
                }
                else if (command == "allocations")
                {
                    foreach (var line in RuntimeWindow.Instance.TakeSampledAllocations(40))
                    {
                        Console.Error.WriteLine($"allocated: {line}");
                    }
                }
            }
        }
        finally
        {
            host?.Dispose();
            if (bare is not null)
            {
                await bare.DisposeAsync();
            }

            if (issuer is not null)
            {
                await issuer.DisposeAsync();
            }
        }
    }

    private static string Cost() => string.Create(CultureInfo.InvariantCulture,
        $"cost {Process.GetCurrentProcess().TotalProcessorTime.TotalMicroseconds:F0} {GC.GetTotalAllocatedBytes(precise: true)} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} {RuntimeWindow.Instance.Read().Line}");
}
