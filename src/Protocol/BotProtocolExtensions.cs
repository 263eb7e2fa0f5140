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
        var connector = services.AddHttpClient<ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(100)).RemoveAllLoggers();
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
