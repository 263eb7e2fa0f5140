namespace CoopAssistant.TestKit.Tokens;

/// <summary>Which access token version Entra issues for an API: the API registration's <c>accessTokenAcceptedVersion</c> decides
/// (https://learn.microsoft.com/en-us/entra/identity-platform/reference-app-manifest#accesstokenacceptedversion-attribute).</summary>
public enum EntraTokenVersion
{
    /// <summary><c>accessTokenAcceptedVersion</c> null or 1 (the default of a new registration).</summary>
    V1 = 1,

    /// <summary><c>accessTokenAcceptedVersion = 2</c>, as this app's registration sets it.</summary>
    V2 = 2,
}

/// <summary>
/// A delegated (user) access token Entra issues for an API, in the shape of its version
/// (https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims):
/// v2 — <c>iss https://login.microsoftonline.com/{tid}/v2.0</c>, <c>aud</c> always the API's client id, <c>ver 2.0</c>, the
/// calling app in <c>azp</c>/<c>azpacr</c>, <c>preferred_username</c>; v1 — <c>iss https://sts.windows.net/{tid}/</c>, <c>aud</c>
/// the resource the client asked for (the application ID URI; a client id only when the client asked by id), <c>ver 1.0</c>,
/// the calling app in <c>appid</c>/<c>appidacr</c>, <c>unique_name</c>/<c>upn</c>. No other combination exists.
/// </summary>
public sealed record EntraUserToken
{
    /// <summary>Teams desktop and mobile: the client that asks for a bot's or a tab's SSO token there
    /// (https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/authentication/tab-sso-register-aad#to-configure-authorized-client-application).</summary>
    public const string TeamsDesktopClientId = "1fec8e78-bce4-4aaf-ab1b-5451cc387264";

    public required string TenantId { get; init; }

    public required string ObjectId { get; init; }

    /// <summary>The API's client id (the app registration's application id).</summary>
    public required string ApiClientId { get; init; }

    /// <summary>The API's application ID URI (a v1 token's audience when the client asked for it by URI, as Teams does).</summary>
    public string? ApplicationIdUri { get; init; }

    public EntraTokenVersion Version { get; init; } = EntraTokenVersion.V2;

    /// <summary>The app that asked for the token (Teams, Outlook, the add-in's own pane…).</summary>
    public string ClientAppId { get; init; } = TeamsDesktopClientId;

    /// <summary>Delegated scopes (<c>scp</c>); null leaves the claim out.</summary>
    public string? Scope { get; init; } = "access_as_user";

    public string UserPrincipalName { get; init; } = "user@contoso.com";

    public string DisplayName { get; init; } = "Test user";

    /// <summary>The <c>iss</c> of this version for the user's tenant.</summary>
    public string Issuer => Version == EntraTokenVersion.V2
        ? $"https://login.microsoftonline.com/{TenantId}/v2.0"
        : $"https://sts.windows.net/{TenantId}/";

    /// <summary>The <c>aud</c> of this version: v2 always the client id; v1 the application ID URI the client asked for.</summary>
    public string Audience => Version == EntraTokenVersion.V2 ? ApiClientId : ApplicationIdUri ?? ApiClientId;

    /// <summary>The payload claims besides <c>iss</c>, <c>aud</c> and the times.</summary>
    public IReadOnlyDictionary<string, object> Claims()
    {
        var claims = new Dictionary<string, object>
        {
            ["tid"] = TenantId,
            ["oid"] = ObjectId,
            ["sub"] = "sub-" + ObjectId,
            ["name"] = DisplayName,
            ["uti"] = Guid.NewGuid().ToString("N")[..22],
        };
        if (Scope is not null)
        {
            claims["scp"] = Scope;
        }

        if (Version == EntraTokenVersion.V2)
        {
            claims["ver"] = "2.0";
            claims["azp"] = ClientAppId;
            claims["azpacr"] = "0";
            claims["preferred_username"] = UserPrincipalName;
        }
        else
        {
            claims["ver"] = "1.0";
            claims["appid"] = ClientAppId;
            claims["appidacr"] = "0";
            claims["unique_name"] = UserPrincipalName;
            claims["upn"] = UserPrincipalName;
            claims["acr"] = "1";
            claims["amr"] = new[] { "pwd" };
        }

        return claims;
    }

    /// <summary>This token as a request to <see cref="LocalTokenIssuer.CreateToken"/>.</summary>
    public TokenRequest ToRequest() => new() { Audience = Audience, Issuer = Issuer, ExtraClaims = Claims() };
}
