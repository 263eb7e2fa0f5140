using CoopAssistant.Protocol.Authentication;
using Microsoft.AspNetCore.Authentication;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>The adapter's step 1: the channel's bearer token.</summary>
public sealed partial class ActivityProcessor
{
    /// <summary>Step 1: the channel's bearer token (none in local mode): a token validated before is taken from the cache, any
    /// other goes through the authentication scheme (which keeps it when valid). False when refused (401 written).</summary>
    private async Task<(System.Security.Claims.ClaimsPrincipal? Principal, bool Authenticated)> AuthenticateAsync(HttpContext http)
    {
        if (bot.Value.IsLocalMode)
        {
            return (null, true);
        }

        if (await tokens.FindAsync(BearerToken(http.Request), http.RequestAborted) is { } known)
        {
            return (known, true);
        }

        var result = await http.AuthenticateAsync(BotAuthenticationDefaults.Scheme);
        if (result.Succeeded)
        {
            return (result.Principal, true);
        }

        await RefuseAsync(http, new ChannelChecks.Refusal(StatusCodes.Status401Unauthorized, "Unauthorized: a valid Bot Framework token is required."),
            result.Failure?.Message ?? "no bearer token");
        return (null, false);
    }

    /// <summary>The token as the JwtBearer handler reads it: after a case-insensitive <c>Bearer </c>, trimmed (empty when none).</summary>
    private static ReadOnlySpan<char> BearerToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization.AsSpan("Bearer ".Length).Trim() : [];
    }
}
