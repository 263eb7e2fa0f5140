namespace CoopAssistant.Bot.AddIn;

/// <summary>Names shared by the add-in API's authentication, authorization and CORS setup.</summary>
public static class AddInDefaults
{
    /// <summary>The add-in API's own authentication scheme (never the bot's "Bot" schemes).</summary>
    public const string Scheme = "AddIn";

    public const string AuthorizationPolicy = "AddIn";

    public const string CorsPolicy = "AddIn";

    /// <summary>The delegated scope the task pane asks Entra for (nested app authentication).</summary>
    public const string RequiredScope = CoopAssistant.Graph.Options.SsoOptions.AccessAsUserScope;

    public const string ApiPrefix = "/api/addin";

    public const string PanePath = "/addin";
}
