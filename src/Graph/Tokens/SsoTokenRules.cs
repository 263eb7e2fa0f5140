using CoopAssistant.Graph.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopAssistant.Graph.Tokens;

/// <summary>
/// What a user token for this app must look like, on every surface (the bot's <c>signin/tokenExchange</c>, the tab API and the
/// add-in API): the one registration sets <c>accessTokenAcceptedVersion = 2</c>, and a v2 access token's <c>aud</c> is always the
/// client id, its <c>iss</c> the v2 issuer of the user's tenant and its <c>ver</c> <c>2.0</c>
/// (https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims). Nothing else is
/// accepted: not <c>api://botid-…</c> or <c>api://{ClientId}</c> audiences, not v1 tokens (a registration left at version 1
/// is refused everywhere alike, with a log that says what to change).
/// </summary>
public static class SsoTokenRules
{
    public const string Version2 = "2.0";

    /// <summary>Sets the audience and issuer checks of <paramref name="parameters"/> to exactly these rules.</summary>
    public static void Apply(TokenValidationParameters parameters, SsoOptions options)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        parameters.ValidateAudience = true;
        parameters.AudienceValidator = null;
        parameters.ValidAudience = null;
        parameters.ValidAudiences = [options.ClientId];
        parameters.ValidateIssuer = true;
        var templates = options.EffectiveIssuerTemplates;
        parameters.IssuerValidator = (issuer, token, _) => ValidateIssuer(issuer, token, templates);
    }

    /// <summary>The token's issuer must be an accepted issuer form of its own tenant (<c>tid</c>), and the token a v2 token.</summary>
    public static string ValidateIssuer(string issuer, SecurityToken token, IReadOnlyList<string> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var jwt = token as JsonWebToken;
        var version = jwt is not null && jwt.TryGetPayloadValue<string>("ver", out var ver) ? ver : null;
        if (!string.Equals(version, Version2, StringComparison.Ordinal))
        {
            throw new SecurityTokenInvalidIssuerException(
                $"Only v2 tokens are accepted (this one has ver '{version}'): set accessTokenAcceptedVersion to 2 in the app registration's manifest.")
            { InvalidIssuer = issuer };
        }

        var tid = jwt!.TryGetPayloadValue<string>("tid", out var value) ? value : null;
        if (!string.IsNullOrEmpty(tid) && templates.Any(t => string.Equals(t.Replace("{tid}", tid, StringComparison.Ordinal), issuer, StringComparison.Ordinal)))
        {
            return issuer;
        }

        throw new SecurityTokenInvalidIssuerException("The issuer is not the v2 issuer of the token's tenant.") { InvalidIssuer = issuer };
    }
}
