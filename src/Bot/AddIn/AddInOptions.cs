using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Bot.AddIn;

/// <summary>The Outlook add-in (section <c>AddIn</c>). Authentication itself is the <c>AzureAd</c> section (Microsoft.Identity.Web, the
/// token rules of the one app registration; the pane asks for <c>{AzureAd:ApplicationIdUri}/access_as_user</c>) and, shared with
/// the tab, <see cref="BrowserApi.BrowserApiOptions"/> (the development identity; same section).</summary>
public sealed class AddInOptions
{
    public const string SectionName = "AddIn";

    /// <summary>Origins allowed to call <c>/api/addin/*</c> from a browser (CORS), e.g. the host serving the task pane when it is
    /// not this one. Empty = same origin only.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Sign-in hosts the task pane's MSAL may trust without Entra's instance discovery (an authority that is not Entra's
    /// public or national clouds, e.g. a test stand-in). Empty = Entra.</summary>
    public IList<string> KnownAuthorities { get; } = [];

    /// <summary>How many open claims the pane lists.</summary>
    [Range(1, 1000)]
    public int MaxClaims { get; set; } = 50;
}
