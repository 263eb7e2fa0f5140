using CoopAssistant.Bot.BrowserApi.Identity;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>How the browser APIs accept tokens (section <c>AddIn</c>, the name they had when only the add-in had an API; the
/// add-in's own settings are <see cref="AddIn.AddInOptions"/>, same section).</summary>
public sealed class BrowserApiOptions
{
    public const string SectionName = "AddIn";

    /// <summary>Accepted token issuers, <c>{tenantid}</c> standing for the token's own tenant (default: Entra v2 and v1).</summary>
    public IList<string> IssuerTemplates { get; } = [];

    public IReadOnlyList<string> EffectiveIssuerTemplates => IssuerTemplates.Count > 0
        ? [.. IssuerTemplates]
        : ["https://login.microsoftonline.com/{tenantid}/v2.0", "https://sts.windows.net/{tenantid}/"];

    /// <summary>The development identity (Development without <c>AzureAd:ClientId</c>).</summary>
    public DevelopmentIdentityOptions Development { get; set; } = new();
}
