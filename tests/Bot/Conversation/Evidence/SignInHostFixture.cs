using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Graph;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Graph;
using CoopAssistant.TestKit.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>A local-mode host with Graph configured against the fake Entra server (SSO validation and on-behalf-of) and the
/// fake Graph server; the Entra client trusts the fake's certificate. Answers go to the fake Teams channel over HTTP; files
/// dropped into the chat are downloaded from a loopback file server.</summary>
public sealed class SignInHostFixture : IAsyncLifetime
{
    /// <summary>The app's id in the fake tenant's Teams app catalog (<c>Graph:TeamsAppCatalogId</c>).</summary>
    public const string AppCatalogId = "c0ffee00-0000-4000-8000-0000000000a1";

    private BotHostFactory _parent = null!;

    public FakeTeamsChannel Channel { get; private set; } = null!;

    public FakeEntraServer Entra { get; private set; } = null!;

    public FakeGraphServer Graph { get; private set; } = null!;

    public ChatFileLinks Files { get; private set; } = null!;

    /// <summary>A client of the host (the derived factory runs on the in-memory test server; its own CreateClient refuses).</summary>
    public HttpClient Client { get; private set; } = null!;

    public WebApplicationFactory<Program> Host { get; private set; } = null!;

    /// <summary>The data protection key ring of every host of this fixture (the Graph token cache is encrypted with it).</summary>
    public DirectoryInfo Keys { get; } = Directory.CreateTempSubdirectory("coop-dp-keys-");

    public async Task InitializeAsync()
    {
        Entra = await FakeEntraServer.StartAsync();
        Graph = await FakeGraphServer.StartAsync();
        Files = new ChatFileLinks(Graph);
        Channel = await FakeTeamsChannel.StartAsync("_connector");
        (_parent, Host, Client) = StartHost();
    }

    /// <summary>
    /// Starts a host configured like the fixture's; with <paramref name="connectionString"/> it uses that database (another host,
    /// or the same host restarted, on the first one's database). The caller disposes the three parts.
    /// </summary>
    public (BotHostFactory Parent, WebApplicationFactory<Program> Host, HttpClient Client) StartHost(string? connectionString = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = Entra.Instance.AbsoluteUri,
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = Entra.ClientId,
            ["AzureAd:ApplicationIdUri"] = Entra.ApplicationIdUri,
            ["AzureAd:ClientSecret"] = Entra.ClientSecret,
            ["AzureAd:OpenIdMetadataUrl"] = Entra.OpenIdMetadataUrl.AbsoluteUri,
            ["Graph:BaseUrl"] = Graph.BaseUrl.AbsoluteUri,
            ["Graph:CopyPollInterval"] = "00:00:00.010",
            ["Graph:RetryDelaySeconds"] = "1",
            ["Graph:TeamsAppCatalogId"] = AppCatalogId,
            ["Evidence:AllowLoopbackDownloads"] = "true",
            ["BackgroundWork:PollInterval"] = "00:00:00.200",
            // 1 MiB: the Graph review test's too-large file need not be 50 MiB.
            ["Review:MaxDocumentBytes"] = "1048576",
        };
        if (connectionString is not null)
        {
            settings["ConnectionStrings:CoopAssistant"] = connectionString;
        }

        var parent = new BotHostFactory(Channel, settings: settings);
        var host = parent.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddHttpClient(GraphHttpClientNames.Entra).ConfigurePrimaryHttpMessageHandler(Entra.CreateTrustingHandler);
            // The tab and add-in APIs (Microsoft.Identity.Web) read the same fake Entra's metadata and keys.
            services.ConfigureAll<JwtBearerOptions>(o => o.BackchannelHttpHandler = Entra.CreateTrustingHandler());
            services.AddDataProtection().PersistKeysToFileSystem(Keys);
        }));
        host.StartServer();
        var server = host.Services.GetRequiredService<IServer>();
        HttpClient client;
        if (server is TestServer inMemory)
        {
            client = inMemory.CreateClient();
        }
        else
        {
            var address = server.Features.Get<IServerAddressesFeature>()!.Addresses.First();
            client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
        }

        return (parent, host, client);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeWithinAsync(BoundedDispose.HostLimit, "The sign-in test host");
        await _parent.DisposeAsync();
        await Channel.DisposeAsync();
        await Entra.DisposeAsync();
        await Graph.DisposeAsync();
        Keys.Delete(recursive: true);
    }
}
