namespace CoopAssistant.Bot.BrowserApi;

/// <summary>Names shared by the two browser APIs (the Outlook add-in's <c>/api/addin</c>, the Teams tab's <c>/api/tab</c>): one
/// authentication scheme and one authorization policy, for Entra tokens of the same app and scope.</summary>
public static class BrowserApiDefaults
{
    /// <summary>The browser APIs' own authentication scheme (never the bot's "Bot" schemes); named "AddIn" since the add-in came first.</summary>
    public const string Scheme = "AddIn";

    public const string AuthorizationPolicy = "AddIn";

    /// <summary>The delegated scope the task pane (nested app authentication) and the tab (Teams SSO) ask Entra for.</summary>
    public const string RequiredScope = CoopAssistant.Graph.Options.SsoOptions.AccessAsUserScope;
}
