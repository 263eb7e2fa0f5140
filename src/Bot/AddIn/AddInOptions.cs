namespace CoopAssistant.Bot.AddIn;

/// <summary>The Outlook add-in (section <c>AddIn</c>). Authentication itself is the <c>AzureAd</c> section (Microsoft.Identity.Web).</summary>
public sealed class AddInOptions
{
    public const string SectionName = "AddIn";

    /// <summary>Origins allowed to call <c>/api/addin/*</c> from a browser (CORS), e.g. the host serving the task pane when it is
    /// not this one. Empty = same origin only.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Accepted token issuers; <c>{tenantid}</c> is replaced by the token's <c>tid</c>. Empty = the Entra v1 and v2 issuers.</summary>
    public IList<string> IssuerTemplates { get; } = [];

    public IReadOnlyList<string> EffectiveIssuerTemplates => IssuerTemplates.Count > 0
        ? [.. IssuerTemplates]
        : ["https://login.microsoftonline.com/{tenantid}/v2.0", "https://sts.windows.net/{tenantid}/"];

    /// <summary>The scope the task pane asks for; default <c>api://{AzureAd:ClientId}/access_as_user</c>.</summary>
    public string? ApiScope { get; set; }

    /// <summary>Sign-in hosts the task pane's MSAL may trust without Entra's instance discovery (an authority that is not Entra's
    /// public or national clouds, e.g. a test stand-in). Empty = Entra.</summary>
    public IList<string> KnownAuthorities { get; } = [];

    /// <summary>How many open claims the pane lists.</summary>
    public int MaxClaims { get; set; } = 50;

    /// <summary>The identity used in Development when <c>AzureAd:ClientId</c> is not set (never outside Development).</summary>
    public DevelopmentIdentityOptions Development { get; set; } = new();
}
