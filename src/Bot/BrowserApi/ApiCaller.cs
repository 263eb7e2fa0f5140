using System.Security.Claims;
using CoopAssistant.Bot.BrowserApi.Identity;
using CoopAssistant.Claims.Access;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>Turns the authenticated user into the claims domain's caller (tenant, object id, administrator flag).</summary>
internal static class ApiCaller
{
    public static async Task<ClaimsCaller?> ResolveAsync(ClaimsPrincipal user, IClaimsRoleResolver roles, CancellationToken cancellationToken)
    {
        var tenant = Find(user, ApiClaimTypes.TenantId, "http://schemas.microsoft.com/identity/claims/tenantid");
        var objectId = Find(user, ApiClaimTypes.ObjectId, "http://schemas.microsoft.com/identity/claims/objectidentifier");
        if (tenant is null || objectId is null)
        {
            return null;
        }

        return await roles.ResolveAsync(tenant, objectId, Find(user, ApiClaimTypes.Name, ClaimTypes.Name), cancellationToken);
    }

    private static string? Find(ClaimsPrincipal user, params string[] types) =>
        types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
