using System.Linq.Expressions;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Access;

/// <summary>The one access policy: same tenant always; the owner reads and changes their claims; an Incentives
/// administrator reads and changes every claim of their tenant; nothing crosses tenants.</summary>
public static class ClaimAccessPolicy
{
    public static bool CanRead(ClaimsCaller caller, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(claim);
        return IsValid(caller)
            && string.Equals(claim.TenantId, caller.TenantId, StringComparison.Ordinal)
            && (caller.IsIncentivesAdministrator || string.Equals(claim.OwnerObjectId, caller.UserObjectId, StringComparison.Ordinal));
    }

    public static bool CanChange(ClaimsCaller caller, Claim claim) => CanRead(caller, claim);

    /// <summary>The same rule as a query predicate, applied on top of the storage's tenant filter.</summary>
    public static Expression<Func<Claim, bool>> Visible(ClaimsCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!IsValid(caller))
        {
            return c => false;
        }

        var tenantId = caller.TenantId;
        var userObjectId = caller.UserObjectId;
        return caller.IsIncentivesAdministrator
            ? c => c.TenantId == tenantId
            : c => c.TenantId == tenantId && c.OwnerObjectId == userObjectId;
    }

    public static bool IsValid(ClaimsCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return !string.IsNullOrWhiteSpace(caller.TenantId) && !string.IsNullOrWhiteSpace(caller.UserObjectId);
    }
}
