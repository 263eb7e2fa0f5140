namespace CoopAssistant.Graph.Evidence;

/// <summary>A signed-in user: tenant id + Entra object id. Also the token cache key.</summary>
public sealed record GraphUserKey(string TenantId, string ObjectId)
{
    /// <summary>MSAL home-account form: <c>{oid}.{tid}</c>.</summary>
    public string CacheKey => $"{ObjectId}.{TenantId}";
}
