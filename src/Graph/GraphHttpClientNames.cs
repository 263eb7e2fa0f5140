namespace CoopAssistant.Graph;

/// <summary>Named HttpClients registered by <c>AddEvidence</c>; tests configure their primary handlers.</summary>
public static class GraphHttpClientNames
{
    /// <summary>Entra ID: OpenID metadata, JWKS and the token endpoint (MSAL).</summary>
    public const string Entra = "CoopAssistant.Entra";

    /// <summary>Graph asynchronous-operation monitor URLs (pre-authenticated, no redirects followed).</summary>
    public const string Monitor = "CoopAssistant.GraphMonitor";

    /// <summary>Teams chat file downloads.</summary>
    public const string ChatFiles = "CoopAssistant.ChatFiles";
}
