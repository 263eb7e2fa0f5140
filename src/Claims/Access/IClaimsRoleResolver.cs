namespace CoopAssistant.Claims.Access;

/// <summary>Whether a user is an Incentives administrator of a tenant (TenantRoles table, seeded from <c>Claims:Administrators</c>).</summary>
public interface IClaimsRoleResolver
{
    Task<bool> IsIncentivesAdministratorAsync(string tenantId, string objectId, CancellationToken cancellationToken);

    /// <summary>Builds the caller with the administrator flag resolved from storage.</summary>
    Task<ClaimsCaller> ResolveAsync(string tenantId, string objectId, string? displayName, CancellationToken cancellationToken);
}
