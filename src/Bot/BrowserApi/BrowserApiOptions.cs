using CoopAssistant.Bot.BrowserApi.Identity;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>The browser APIs' settings (section <c>AddIn</c>, the name they had when only the add-in had an API; the add-in's own
/// settings are <see cref="AddIn.AddInOptions"/>, same section). Which tokens they accept is not a setting here: the one app
/// registration's rules (<see cref="Graph.Tokens.SsoTokenRules"/> on the <c>AzureAd</c> section).</summary>
public sealed class BrowserApiOptions
{
    public const string SectionName = "AddIn";

    /// <summary>The development identity (Development without <c>AzureAd:ClientId</c>).</summary>
    public DevelopmentIdentityOptions Development { get; set; } = new();
}
