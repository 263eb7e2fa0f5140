using CoopAssistant.Protocol.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CoopAssistant.Protocol.Connector;

/// <summary>
/// Client-credentials token for the Connector API through MSAL: the app secret for multi- and
/// single-tenant bots, the managed identity for <c>UserAssignedMSI</c>. MSAL caches the token and renews it before expiry.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly Func<CancellationToken, Task<AuthenticationResult>>? _acquire;

    public MsalConnectorTokenProvider(IOptions<BotOptions> bot, IOptions<BotFrameworkOptions> framework, IMsalHttpClientFactory httpClientFactory)
    {
        var options = bot.Value;
        if (options.IsLocalMode)
        {
            return;
        }

        string[] scopes = [framework.Value.ConnectorScope];
        if (string.Equals(options.MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            var msi = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
                .WithHttpClientFactory(httpClientFactory)
                .Build();
            var resource = framework.Value.ConnectorScope.Replace("/.default", string.Empty, StringComparison.Ordinal);
            _acquire = ct => msi.AcquireTokenForManagedIdentity(resource).ExecuteAsync(ct);
            return;
        }

        var tenant = options.IsSingleTenant && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)
            ? options.MicrosoftAppTenantId
            : "botframework.com";
        var app = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword ?? throw new InvalidOperationException("MicrosoftAppPassword is required for a MultiTenant or SingleTenant bot."))
            .WithAuthority(new Uri(framework.Value.EntraInstance, tenant).ToString(), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
        _acquire = ct => app.AcquireTokenForClient(scopes).ExecuteAsync(ct);
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        _acquire is null ? null : (await _acquire(cancellationToken)).AccessToken;
}
