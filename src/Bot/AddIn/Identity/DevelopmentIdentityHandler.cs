using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.AddIn.Identity;

/// <summary>Local mode only (Development and no <c>AzureAd:ClientId</c>): every request is the configured development user,
/// with the <c>access_as_user</c> scope, so the task pane can be tried in a browser with a mocked Office host.</summary>
internal sealed class DevelopmentIdentityHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<AddInOptions> addIn) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Belt and braces: even in Development, only a browser on this machine gets the development identity.
        if (Context.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
        {
            return Task.FromResult(AuthenticateResult.Fail("The development identity is for loopback clients only."));
        }

        var user = addIn.Value.Development;
        var identity = new ClaimsIdentity(
            [
                new Claim(AddInClaimTypes.TenantId, user.TenantId),
                new Claim(AddInClaimTypes.ObjectId, user.UserObjectId),
                new Claim(AddInClaimTypes.Name, user.DisplayName),
                new Claim(AddInClaimTypes.Scope, AddInDefaults.RequiredScope),
            ],
            Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
