using CoopAssistant.Protocol.Authentication;
using CoopAssistant.Protocol.Connector;
using CoopAssistant.Protocol.Adapter;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CoopAssistant.Protocol;

public static class BotProtocolExtensions
{
    public const string MessagesPath = "/api/messages";
    public const string LocalModeUrl = "http://localhost:3978";

    /// <summary>How long a connection to the Connector is reused before a new one is opened (DNS changes are followed).</summary>
    public static readonly TimeSpan ConnectorConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The Bot Framework protocol: inbound authentication, the Connector client (token, retries, Teams'
    /// rate limits), de-duplication, the activity router and the turn's telemetry. The app adds its handlers as
    /// <see cref="IActivityHandler"/> and implements <see cref="ITurnFailurePolicy"/>, <see cref="ICultureResolver"/> and,
    /// when several hosts share state, <see cref="IActivityDeduplicationStore"/>.
    /// </summary>
    public static WebApplicationBuilder AddBotProtocol(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        LocalMode.Apply(builder);

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<TurnTelemetry>();
        services.AddBotAuthentication();
        services.AddOptions<ConnectorRateLimitOptions>()
            .BindConfiguration(ConnectorRateLimitOptions.SectionName)
            .Validate(o => o.Windows.All(w => w.Permits > 0 && w.Duration > TimeSpan.Zero && w.Segments > 0 && w.Margin >= TimeSpan.Zero),
                $"{ConnectorRateLimitOptions.SectionName}: every window needs Permits, Duration and Segments above zero (and no negative Margin).")
            .ValidateOnStart();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddSingleton<ActivityDeduplicator>();
        services.AddSingleton<ActivityRouter>();
        services.TryAddSingleton<ITurnAdmission, EveryTurnAdmitted>();
        services.AddScoped<ActivityProcessor>();
        services.AddSingleton<Microsoft.Identity.Client.IMsalHttpClientFactory>(
            sp => new CoopAssistant.Identity.MsalHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>(), MsalConnectorTokenProvider.HttpClientName));
        services.AddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.AddHttpClient(MsalConnectorTokenProvider.HttpClientName);
        services.AddSingleton<ConversationRateLimiter>();
        services.AddTransient<ConversationRateLimitHandler>();

        // No per-request log scopes from IHttpClientFactory: a failed call surfaces as a ConnectorException, logged by its caller.
        // One connection pool for the host's life. The factory's default swaps the handler every 2 minutes, and each new pool
        // then opened a connection (in production a TLS handshake with the Connector) for every send in flight at once, a burst
        // of slow sends every 2 minutes; connections are renewed every 5 minutes instead, which still follows DNS changes.
        var connector = services.AddHttpClient<ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(100))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = ConnectorConnectionLifetime })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        connector.AddResilienceHandler("connector", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 4,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(20),
                ShouldRetryAfterHeader = true,
                ShouldHandle = static args => ValueTask.FromResult(ConnectorRetry.ShouldRetry(args.Context.GetRequestMessage(), args.Outcome)),
            }));
        connector.AddHttpMessageHandler<ConversationRateLimitHandler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // Short-circuited: run straight after routing, past the static files, CORS and the add-in's authentication and
        // authorization middleware, none of which applies here (the processor authenticates the channel itself).
        endpoints.MapPost(MessagesPath, (HttpContext http, ActivityProcessor processor) => processor.ProcessAsync(http))
            .DisableAntiforgery()
            .ShortCircuit();
        endpoints.MapMethods(MessagesPath, ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"], (HttpContext http) =>
        {
            http.Response.Headers.Allow = "POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }).ShortCircuit();
        return endpoints;
    }
}
