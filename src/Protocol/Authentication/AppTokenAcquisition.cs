using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CoopAssistant.Protocol.Authentication;

/// <summary>
/// The app's own client-credentials token through MSAL, for any resource the bot calls as itself (the Connector, Azure OpenAI):
/// the user-assigned managed identity for <c>UserAssignedMSI</c>, else the app secret in the given tenant's authority.
/// MSAL caches the token and renews it before expiry.
/// </summary>
public static class AppTokenAcquisition
{
    /// <summary>A function that returns the token for <paramref name="scope"/> (a <c>…/.default</c> scope).</summary>
    public static Func<CancellationToken, Task<AuthenticationResult>> For(
        BotOptions bot, Uri entraInstance, string tenant, string scope, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(entraInstance);
        if (string.Equals(bot.MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            var msi = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(bot.MicrosoftAppId))
                .WithHttpClientFactory(httpClientFactory)
                .Build();
            var resource = scope.Replace("/.default", string.Empty, StringComparison.Ordinal);
            return ct => msi.AcquireTokenForManagedIdentity(resource).ExecuteAsync(ct);
        }

        var app = ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId)
            .WithClientSecret(bot.MicrosoftAppPassword ?? throw new InvalidOperationException("MicrosoftAppPassword is required for a MultiTenant or SingleTenant bot."))
            .WithAuthority(new Uri(entraInstance, tenant).ToString(), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
        string[] scopes = [scope];
        return ct => app.AcquireTokenForClient(scopes).ExecuteAsync(ct);
    }
}
