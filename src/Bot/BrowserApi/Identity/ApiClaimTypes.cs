namespace CoopAssistant.Bot.BrowserApi.Identity;

/// <summary>Entra access token claims (short names; inbound claim mapping is off for the add-in scheme).</summary>
internal static class ApiClaimTypes
{
    public const string TenantId = "tid";
    public const string ObjectId = "oid";
    public const string Name = "name";
    public const string Scope = "scp";
}
