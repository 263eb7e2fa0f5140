using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.BrowserApi.Identity;

/// <summary>Outside Development without <c>AzureAd:ClientId</c>: nobody is authenticated, every API call is 401.</summary>
internal sealed class UnconfiguredHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Fail("The add-in API is not configured: set AzureAd:ClientId."));
}
