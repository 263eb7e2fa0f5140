using CoopAssistant.Protocol.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace CoopAssistant.Protocol.Connector;

/// <summary>
/// Client-credentials token for the Connector API through MSAL: the app secret for multi- and single-tenant bots, the managed
/// identity for <c>UserAssignedMSI</c>. MSAL caches the token and renews it before expiry; in front of it the last token is
/// reused without asking MSAL until MSAL would do something else than return it: its proactive refresh time
/// (<c>RefreshOn</c>) or five minutes before expiry, whichever comes first. Every send shares that one token.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    /// <summary>The named <see cref="HttpClient"/> MSAL uses for the bot's own token.</summary>
    public const string HttpClientName = "msal";

    /// <summary>MSAL no longer returns a cached access token that expires within five minutes; asking it again from then on lets
    /// it renew the token as it would without this provider in front.</summary>
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(5);

    private readonly Func<CancellationToken, Task<AuthenticationResult>>? _acquire;
    private readonly TimeProvider _time;
    private volatile ReusableToken? _last;

    public MsalConnectorTokenProvider(IOptions<BotOptions> bot, IOptions<BotFrameworkOptions> framework, IMsalHttpClientFactory httpClientFactory, TimeProvider time)
    {
        _time = time;
        var options = bot.Value;
        if (options.IsLocalMode)
        {
            return;
        }

        // Multi-tenant bots take their Connector token from the Bot Framework's tenant; single-tenant ones from their own.
        var tenant = options.IsSingleTenant && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)
            ? options.MicrosoftAppTenantId
            : "botframework.com";
        _acquire = AppTokenAcquisition.For(options, framework.Value.EntraInstance, tenant, framework.Value.ConnectorScope, httpClientFactory);
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        await CurrentAsync(cancellationToken) is { } token ? token.Value : null;

    public async ValueTask<string?> GetAuthorizationAsync(CancellationToken cancellationToken) =>
        await CurrentAsync(cancellationToken) is { } token ? token.Authorization : null;

    private ValueTask<ReusableToken?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_acquire is null)
        {
            return ValueTask.FromResult<ReusableToken?>(null);
        }

        return _last is { } last && _time.GetUtcNow() < last.UseUntil
            ? ValueTask.FromResult<ReusableToken?>(last)
            : AcquireAsync(cancellationToken);
    }

    private async ValueTask<ReusableToken?> AcquireAsync(CancellationToken cancellationToken)
    {
        var result = await _acquire!(cancellationToken);
        var useUntil = result.ExpiresOn - ExpiryMargin;
        if (result.AuthenticationResultMetadata?.RefreshOn is { } refreshOn && refreshOn < useUntil)
        {
            useUntil = refreshOn;
        }

        var token = new ReusableToken(result.AccessToken, useUntil);
        _last = token;
        return token;
    }

    private sealed record ReusableToken(string Value, DateTimeOffset UseUntil)
    {
        public string Authorization { get; } = "Bearer " + Value;
    }
}
