using CoopAssistant.Documents;
using CoopAssistant.Claims.Limits;
using CoopAssistant.Graph.Chat;
using CoopAssistant.Graph.Client;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;
using CoopAssistant.Graph.Local;
using CoopAssistant.Graph.Options;
using CoopAssistant.Graph.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Graph;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Evidence services. Graph-backed (<see cref="GraphEvidenceStore"/> as <see cref="IEvidenceStore"/>) when <c>AzureAd:ClientId</c> and
    /// <c>AzureAd:ClientSecret</c> are set and <c>Graph:Enabled</c> is not false; otherwise the local folder store.
    /// Token, search and attach services are registered either way (they answer "sign in"/not configured without Graph).
    /// Where tokens are kept is the caller's choice: add <see cref="AddEvidenceTokenStorage"/> (the database) or
    /// <see cref="AddInMemoryEvidenceTokenStorage"/> too.
    /// </summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SsoOptions>().BindConfiguration(SsoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        CoopAssistant.Claims.Validation.EvidenceFileOptions.Register(services);
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(GraphHttpClientNames.Entra);
        services.AddHttpClient(GraphHttpClientNames.ChatFiles)
            .ConfigurePrimaryHttpMessageHandler((handler, _) => TeamsFileDownloader.DisableRedirects(handler));
        services.AddHttpClient(GraphHttpClientNames.Monitor)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });

        services.TryAddSingleton<IEvidenceFilePolicy, DefaultEvidenceFilePolicy>();
        services.TryAddSingleton<ISsoTokenValidator, SsoTokenValidator>();
        services.TryAddSingleton<IGraphTokenService, OnBehalfOfGraphTokenService>();
        services.TryAddSingleton<IGraphClientFactory, UserGraphClientFactory>();
        services.TryAddSingleton<IGraphFileFinder, GraphFileFinder>();
        services.TryAddSingleton<CoopAssistant.Graph.People.IGraphPeopleSearch, CoopAssistant.Graph.People.GraphPeopleSearch>();
        services.TryAddSingleton<CoopAssistant.Graph.Apps.IGraphAppInstaller, CoopAssistant.Graph.Apps.GraphAppInstaller>();
        services.TryAddSingleton<IGraphMetadataReader, GraphMetadataReader>();
        services.TryAddSingleton<EvidenceFolderResolver>();
        services.TryAddSingleton<GraphItemCopier>();
        services.TryAddSingleton<IGraphEvidenceService, GraphEvidenceService>();
        services.TryAddSingleton<ITeamsFileDownloader, TeamsFileDownloader>();
        services.TryAddSingleton<IEvidenceContent, EvidenceContentReader>();
        services.AddEvidenceReview();
        services.TryAddSingleton<LocalEvidenceStore>();
        services.TryAddSingleton<GraphEvidenceStore>();

        UsageLimits.Register(services);
        if (IsGraphConfigured(configuration))
        {
            services.TryAddSingleton<IEvidenceStore>(sp => new QuotaEvidenceStore(sp.GetRequiredService<GraphEvidenceStore>(), sp.GetRequiredService<UsageLimits>()));
        }
        else
        {
            services.TryAddSingleton<IEvidenceStore>(sp => new QuotaEvidenceStore(sp.GetRequiredService<LocalEvidenceStore>(), sp.GetRequiredService<UsageLimits>()));
        }

        return services;
    }

    /// <summary>
    /// Keeps the Graph token cache and the <c>signin/tokenExchange</c> ids in the claims database (needs <c>AddClaims</c>), on SQLite
    /// as on PostgreSQL: a restart keeps users signed in, and hosts sharing a PostgreSQL database handle each exchange once.
    /// The cache blobs are encrypted when ASP.NET Core data protection is registered (the bot host registers it).
    /// </summary>
    public static IServiceCollection AddEvidenceTokenStorage(this IServiceCollection services)
    {
        services.AddSingleton<IGraphTokenCacheStore, DatabaseGraphTokenCacheStore>();
        services.AddSingleton<ITokenExchangeDeduplicator, DatabaseTokenExchangeDeduplicator>();
        return services;
    }

    /// <summary>Keeps the Graph token cache and the exchange ids in this process only (tests, tools), unless a store of either
    /// kind is registered already.</summary>
    public static IServiceCollection AddInMemoryEvidenceTokenStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<IGraphTokenCacheStore, InMemoryGraphTokenCacheStore>();
        services.TryAddSingleton<ITokenExchangeDeduplicator, InMemoryTokenExchangeDeduplicator>();
        return services;
    }

    /// <summary>The host's way in: evidence services with tokens in the claims database (<see cref="AddEvidenceTokenStorage"/>), and
    /// a relative <c>Evidence:DataDirectory</c> resolved under the content root.</summary>
    public static IHostApplicationBuilder AddEvidence(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddEvidence(builder.Configuration).AddEvidenceTokenStorage();
        builder.Services.AddOptions<EvidenceOptions>().PostConfigure(o => o.DataDirectory = Path.GetFullPath(o.DataDirectory, contentRoot));
        return builder;
    }

    /// <summary>True when the configuration asks for Microsoft Graph (an app registration with a secret, Graph not disabled).</summary>
    public static bool IsGraphConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var azureAd = configuration.GetSection(SsoOptions.SectionName);
        var enabled = configuration.GetSection(GraphOptions.SectionName)[nameof(GraphOptions.Enabled)];
        return !string.IsNullOrWhiteSpace(azureAd[nameof(SsoOptions.ClientId)])
            && !string.IsNullOrWhiteSpace(azureAd[nameof(SsoOptions.ClientSecret)])
            && !string.Equals(enabled, "false", StringComparison.OrdinalIgnoreCase);
    }
}
