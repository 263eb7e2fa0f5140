namespace CoopAssistant.Graph.Options;

/// <summary>Entra ID app registration of the bot, bound from the <c>AzureAd</c> section.</summary>
public sealed class SsoOptions
{
    public const string SectionName = "AzureAd";

    /// <summary>Authority host, e.g. https://login.microsoftonline.com/ (a fake on loopback in tests).</summary>
    public Uri Instance { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>Tenant used when the user's tenant is unknown (multi-tenant bots: "organizations").</summary>
    public string TenantId { get; set; } = "organizations";

    public string ClientId { get; set; } = string.Empty;

    public string? ClientSecret { get; set; }

    /// <summary>Resource of the Teams SSO token; default <c>api://botid-{ClientId}</c>.</summary>
    public string? Resource { get; set; }

    /// <summary>Other accepted audiences, e.g. <c>api://{domain}/botid-{appId}</c>.</summary>
    public IList<string> AdditionalAudiences { get; } = [];

    /// <summary>Where the signing keys are published.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>Issuer forms; <c>{tid}</c> is the token's tenant. Empty = the v1 and v2 Entra issuers.</summary>
    public IList<string> IssuerTemplates { get; } = [];

    public IReadOnlyList<string> EffectiveIssuerTemplates => IssuerTemplates.Count > 0
        ? [.. IssuerTemplates]
        : ["https://sts.windows.net/{tid}/", "https://login.microsoftonline.com/{tid}/v2.0"];

    /// <summary>Tenants allowed to use the bot; empty = any.</summary>
    public IList<string> AllowedTenants { get; } = [];

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an exchange id is remembered for de-duplication.</summary>
    public TimeSpan ExchangeDeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    public string EffectiveResource => string.IsNullOrWhiteSpace(Resource) ? $"api://botid-{ClientId}" : Resource!;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
