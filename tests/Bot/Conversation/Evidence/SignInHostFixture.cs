using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Graph;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Graph;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>A local-mode host with Graph configured against the fake Entra server (SSO validation and on-behalf-of) and the
/// fake Graph server; the Entra client trusts the fake's certificate. Answers go to the fake Teams channel over HTTP; files
/// dropped into the chat are downloaded from a loopback file server.</summary>
public sealed class SignInHostFixture : IAsyncLifetime
{
    private BotHostFactory _parent = null!;

    public FakeTeamsChannel Channel { get; private set; } = null!;

    public FakeEntraServer Entra { get; private set; } = null!;

    public FakeGraphServer Graph { get; private set; } = null!;

    public LoopbackFileServer Files { get; private set; } = null!;

    /// <summary>A client of the host (the derived factory runs on the in-memory test server; its own CreateClient refuses).</summary>
    public HttpClient Client { get; private set; } = null!;

    public WebApplicationFactory<Program> Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Entra = await FakeEntraServer.StartAsync();
        Graph = await FakeGraphServer.StartAsync();
        Files = await LoopbackFileServer.StartAsync();
        Channel = await FakeTeamsChannel.StartAsync("_connector");
        _parent = new BotHostFactory(Channel, settings: new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = Entra.Instance.AbsoluteUri,
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = Entra.ClientId,
            ["AzureAd:ClientSecret"] = Entra.ClientSecret,
            ["AzureAd:OpenIdMetadataUrl"] = Entra.OpenIdMetadataUrl.AbsoluteUri,
            ["Graph:BaseUrl"] = Graph.BaseUrl.AbsoluteUri,
            ["Graph:CopyPollInterval"] = "00:00:00.010",
            ["Graph:RetryDelaySeconds"] = "1",
            ["Evidence:AllowLoopbackDownloads"] = "true",
        });
        Host = _parent.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient(GraphHttpClientNames.Entra).ConfigurePrimaryHttpMessageHandler(Entra.CreateTrustingHandler)));
        Host.StartServer();
        var server = Host.Services.GetRequiredService<IServer>();
        if (server is TestServer inMemory)
        {
            Client = inMemory.CreateClient();
        }
        else
        {
            var address = server.Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
        }
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await _parent.DisposeAsync();
        await Channel.DisposeAsync();
        await Entra.DisposeAsync();
        await Graph.DisposeAsync();
        await Files.DisposeAsync();
    }
}
