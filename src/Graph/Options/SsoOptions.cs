using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Graph.Options;

/// <summary>
/// The one Entra app registration of the bot, the tab and the add-in (section <c>AzureAd</c>, also read by Microsoft.Identity.Web):
/// client id = the bot's app id, application ID URI <c>api://{domain}/botid-{ClientId}</c> exposing <c>access_as_user</c>, and
/// <c>accessTokenAcceptedVersion = 2</c>, so every token Entra issues for it is a v2 token whose audience is the client id
/// (see docs/identity.md). Validated on start: with a client id, the application ID URI must be that registration's.
/// </summary>
public sealed class SsoOptions : IValidatableObject
{
    public const string SectionName = "AzureAd";

    /// <summary>The v2 issuer of a user's tenant: the only issuer a registration with <c>accessTokenAcceptedVersion = 2</c> produces.</summary>
    public const string V2IssuerTemplate = "https://login.microsoftonline.com/{tid}/v2.0";

    /// <summary>Authority host, e.g. https://login.microsoftonline.com/ (a fake on loopback in tests).</summary>
    public Uri Instance { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>Tenant used when the user's tenant is unknown (multi-tenant bots: "organizations").</summary>
    public string TenantId { get; set; } = "organizations";

    public string ClientId { get; set; } = string.Empty;

    public string? ClientSecret { get; set; }

    /// <summary>
    /// The application ID URI, <c>api://{the host's domain}/botid-{ClientId}</c>: the resource Teams asks a token for (the OAuth
    /// card's <c>tokenExchangeResource.uri</c> and the Teams manifest's <c>webApplicationInfo.resource</c>) and the prefix of the
    /// scope the add-in asks for. Required when <see cref="ClientId"/> is set.
    /// </summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>
    /// The web redirect URI of the sign-in card's consent page, registered on the app; default
    /// <c>https://{the application ID URI's domain}/auth/signin/end</c> (the domain the tab is served from).
    /// </summary>
    public Uri? SignInRedirectUri { get; set; }

    /// <summary>The path the host serves the end of the sign-in fallback at.</summary>
    public const string SignInEndPath = "/auth/signin/end";

    public Uri EffectiveSignInRedirectUri => SignInRedirectUri
        ?? (Uri.TryCreate(ApplicationIdUri, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
            ? new Uri($"https://{uri.Authority}{SignInEndPath}")
            : new Uri("https://localhost" + SignInEndPath));

    /// <summary>Where the signing keys are published.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>Accepted issuer forms; <c>{tid}</c> is the token's tenant. Default: the v2 issuer only (a sovereign cloud sets its own v2 issuer).</summary>
    public IList<string> IssuerTemplates { get; } = [];

    public IReadOnlyList<string> EffectiveIssuerTemplates => IssuerTemplates.Count > 0 ? [.. IssuerTemplates] : [V2IssuerTemplate];

    /// <summary>Tenants allowed to use the bot; empty = any.</summary>
    public IList<string> AllowedTenants { get; } = [];

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an exchange id is remembered for de-duplication.</summary>
    public TimeSpan ExchangeDeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The scope of this app's API a client asks for: <c>{ApplicationIdUri}/access_as_user</c>.</summary>
    public string ApiScope => $"{ApplicationIdUri?.TrimEnd('/')}/{AccessAsUserScope}";

    /// <summary>The delegated scope the app exposes (Teams SSO, the tab and the add-in ask for it).</summary>
    public const string AccessAsUserScope = "access_as_user";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>With <see cref="ClientId"/> set, <see cref="ApplicationIdUri"/> must be <c>api://{a domain}/botid-{ClientId}</c>.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield break;
        }

        var expectedEnd = $"/botid-{ClientId}";
        if (string.IsNullOrWhiteSpace(ApplicationIdUri)
            || !Uri.TryCreate(ApplicationIdUri, UriKind.Absolute, out var uri)
            || uri.Scheme != "api"
            || string.IsNullOrEmpty(uri.Host)
            || !string.Equals(uri.AbsolutePath.TrimEnd('/'), expectedEnd, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"AzureAd:ApplicationIdUri must be api://{{the host's domain}}/botid-{{AzureAd:ClientId}}, here api://{{the host's domain}}{expectedEnd}: the application ID URI of the one app registration of the bot, the tab and the add-in (see docs/identity.md).",
                [nameof(ApplicationIdUri)]);
        }
    }
}
