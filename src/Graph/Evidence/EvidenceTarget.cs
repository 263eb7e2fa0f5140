namespace CoopAssistant.Graph.Evidence;

/// <summary>Whose evidence, for which claim. <paramref name="UserObjectId"/> is the Entra object id (aadObjectId).</summary>
public sealed record EvidenceTarget(string TenantId, string UserObjectId, string ClaimId)
{
    public GraphUserKey User => new(TenantId, UserObjectId);
}
