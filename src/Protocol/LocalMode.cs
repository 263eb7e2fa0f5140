using CoopAssistant.Protocol.Authentication;

namespace CoopAssistant.Protocol;

/// <summary>
/// Local mode: no <c>MicrosoftAppId</c> in Development means no authentication, so the host listens on
/// loopback only (default <c>http://localhost:3978</c>) for the Agents Playground. Anywhere else the
/// start is refused. The <c>urls</c> setting is checked here; what Kestrel actually bound, each request's remote address and
/// its <c>Host</c> header are checked by <see cref="LocalModeGuard"/>.
/// </summary>
public static partial class LocalMode
{
    public static void Apply(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var bot = builder.Configuration.Get<BotOptions>() ?? new BotOptions();
        if (!bot.IsLocalMode)
        {
            return;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"MicrosoftAppId is not configured and the environment is '{builder.Environment.EnvironmentName}'. " +
                "Authentication can only be off (local mode) in Development: set MicrosoftAppId, MicrosoftAppPassword, " +
                "MicrosoftAppType and MicrosoftAppTenantId, or run with ASPNETCORE_ENVIRONMENT=Development.");
        }

        builder.Services.AddSingleton<LocalModeGuard>();
        builder.Services.AddSingleton<IStartupFilter>(services => services.GetRequiredService<LocalModeGuard>());
        builder.Services.AddHostedService(services => services.GetRequiredService<LocalModeGuard>());
        var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        if (string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls(BotProtocolExtensions.LocalModeUrl);
        }
        else
        {
            foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!IsLoopback(url))
                {
                    throw new InvalidOperationException(
                        $"Local mode (no MicrosoftAppId) listens on loopback only, but '{url}' was asked for. " +
                        "Use http://localhost:PORT or http://127.0.0.1:PORT, or configure the bot's identity.");
                }
            }
        }
    }

    public static void Announce(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var bot = app.Configuration.Get<BotOptions>() ?? new BotOptions();
        if (bot.IsLocalMode)
        {
            LogLocalMode(app.Logger);
        }
    }

    internal static bool IsLoopback(string url)
    {
        var candidate = url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal);
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            && (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase) || Connector.ServiceUrlTrust.IsLoopback(uri));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "LOCAL MODE: MicrosoftAppId is not set, so inbound requests are NOT authenticated. Listening on loopback only; " +
        "chat with the bot through the Microsoft 365 Agents Playground. Never expose this host.")]
    private static partial void LogLocalMode(ILogger logger);
}
