using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.BrowserApi.Identity;

/// <summary>Local mode only (Development and no <c>AzureAd:ClientId</c>): every request is the configured development user,
/// with the <c>access_as_user</c> scope, so the task pane can be tried in a browser with a mocked Office host.</summary>
internal sealed class DevelopmentIdentityHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<BrowserApiOptions> browserApi) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Belt and braces: even in Development, only a browser on this machine gets the development identity.
        if (Context.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
        {
            return Task.FromResult(AuthenticateResult.Fail("The development identity is for loopback clients only."));
        }

        var user = browserApi.Value.Development;
        var identity = new ClaimsIdentity(
            [
                new Claim(ApiClaimTypes.TenantId, user.TenantId),
                new Claim(ApiClaimTypes.ObjectId, user.UserObjectId),
                new Claim(ApiClaimTypes.Name, user.DisplayName),
                new Claim(ApiClaimTypes.Scope, BrowserApiDefaults.RequiredScope),
            ],
            Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
