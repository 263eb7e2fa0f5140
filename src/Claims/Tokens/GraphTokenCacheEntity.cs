namespace CoopAssistant.Claims.Tokens;

/// <summary>One user's MSAL token cache blob (refresh and access tokens for Microsoft Graph), keyed <c>{oid}.{tid}</c>.
/// The blob is data-protected by the writer when the host has ASP.NET Core data protection.</summary>
public sealed class GraphTokenCacheEntity
{
    public required string CacheKey { get; set; }

    public required byte[] Value { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
