namespace CoopAssistant.Bot.AddIn;

/// <summary>The add-in's paths and CORS policy (its authentication and authorization are the browser APIs': <see cref="BrowserApi.BrowserApiDefaults"/>).</summary>
public static class AddInDefaults
{
    public const string CorsPolicy = "AddIn";

    public const string ApiPrefix = "/api/addin";

    public const string PanePath = "/addin";
}
