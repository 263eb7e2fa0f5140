using CoopAssistant.Graph.Evidence;
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
/// is refused everywhere alike, with a log that says what to change). Its <c>scp</c> must hold the app's own scope
/// (<see cref="RequiredScope"/>), and in the bot's token exchange its user must be the activity's (<see cref="IsTokenOf"/>).
/// </summary>
public static class SsoTokenRules
{
    public const string Version2 = "2.0";

    /// <summary>The delegated scope every user token for this app must carry in <c>scp</c> (the one the app exposes).</summary>
    public const string RequiredScope = SsoOptions.AccessAsUserScope;

    /// <summary>True when the space-separated <c>scp</c> claim holds <see cref="RequiredScope"/> (exactly, as Entra writes scope names).</summary>
    public static bool HasRequiredScope(string? scp) =>
        scp is not null && scp.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(RequiredScope, StringComparer.Ordinal);

    /// <summary>
    /// True when a token of <paramref name="tokenUser"/> (its <c>tid</c> and <c>oid</c>) may be exchanged for the activity's user
    /// (<c>conversation.tenantId</c>, <c>from.aadObjectId</c>): the same tenant and object id. An activity that does not name its
    /// user matches nobody, so a token pasted into someone else's chat never signs that chat in with another account.
    /// </summary>
    public static bool IsTokenOf(GraphUserKey tokenUser, GraphUserKey? activityUser)
    {
        ArgumentNullException.ThrowIfNull(tokenUser);
        return activityUser is not null
            && !string.IsNullOrWhiteSpace(activityUser.ObjectId)
            && string.Equals(tokenUser.ObjectId, activityUser.ObjectId, StringComparison.OrdinalIgnoreCase)
            && string.Equals(tokenUser.TenantId, activityUser.TenantId, StringComparison.OrdinalIgnoreCase);
    }

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
