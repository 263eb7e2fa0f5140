using CoopAssistant.Graph;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Tokens;
using CoopAssistant.TestKit.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Graph.Tests;

/// <summary>The real services wired by AddEvidence against the fake Entra and fake Graph on loopback.</summary>
public sealed class GraphHarness : IAsyncDisposable
{
    public const string Tenant = "11111111-1111-1111-1111-111111111111";
    public const string UserId = "22222222-2222-2222-2222-222222222222";

    private readonly List<ServiceProvider> providers = [];

    private GraphHarness(FakeGraphServer graph, FakeEntraServer entra, string dataDirectory)
    {
        Graph = graph;
        Entra = entra;
        DataDirectory = dataDirectory;
    }

    public FakeGraphServer Graph { get; }

    public FakeEntraServer Entra { get; }

    public string DataDirectory { get; }

    public ServiceProvider Services { get; private set; } = null!;

    public GraphUserKey User => new(Tenant, UserId);

    public EvidenceTarget Target(string claimId = "claim-1") => new(Tenant, UserId, claimId);

    public static async Task<GraphHarness> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        IGraphTokenCacheStore? cacheStore = null,
        Action<IServiceCollection>? extra = null)
    {
        var graph = await FakeGraphServer.StartAsync();
        var entra = await FakeEntraServer.StartAsync();
        var harness = new GraphHarness(graph, entra, Path.Combine(Path.GetTempPath(), "coop-graph-tests", Guid.NewGuid().ToString("N")));
        harness.Services = harness.BuildServices(configure, cacheStore, extra);
        return harness;
    }

    public ServiceProvider BuildServices(
        Action<Dictionary<string, string?>>? configure = null,
        IGraphTokenCacheStore? cacheStore = null,
        Action<IServiceCollection>? extra = null)
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
            ["Evidence:DataDirectory"] = DataDirectory,
            ["Evidence:AllowLoopbackDownloads"] = "true",
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        if (cacheStore is not null)
        {
            services.AddSingleton(cacheStore);
        }

        extra?.Invoke(services);
        services.AddEvidence(configuration).AddInMemoryEvidenceTokenStorage();
        services.AddHttpClient(GraphHttpClientNames.Entra).ConfigurePrimaryHttpMessageHandler(Entra.CreateTrustingHandler);
        var provider = services.BuildServiceProvider();
        providers.Add(provider);
        return provider;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Signs the harness user in through the real SSO validation and on-behalf-of exchange.</summary>
    public async Task SignInAsync()
    {
        var token = Entra.CreateSsoToken(Tenant, UserId);
        var result = await Get<IGraphTokenService>().ExchangeAsync(new SsoTokenExchange(Guid.NewGuid().ToString(), "sso", token, User), CancellationToken.None);
        Assert.IsType<TokenExchanged.Obtained>(result.Value);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await Graph.DisposeAsync();
        await Entra.DisposeAsync();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
