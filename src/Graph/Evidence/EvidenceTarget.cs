namespace CoopAssistant.Graph.Evidence;

/// <summary>Whose evidence, for which claim. <paramref name="UserObjectId"/> is the Entra object id (aadObjectId).</summary>
public sealed record EvidenceTarget(string TenantId, string UserObjectId, string ClaimId)
{
    /// <summary>The folder name that holds copies kept before the user chose their claim (beside the claims' folders).</summary>
    public const string IncomingFolder = "_incoming";

    public GraphUserKey User => new(TenantId, UserObjectId);

    /// <summary>Copies kept as soon as they arrive, while the user has not yet said which claim they are for; moved later
    /// with <see cref="IEvidenceStore.MoveAsync"/>.</summary>
    public static EvidenceTarget Incoming(string tenantId, string userObjectId) => new(tenantId, userObjectId, IncomingFolder);
}
