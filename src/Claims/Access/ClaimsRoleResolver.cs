using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Access;

internal sealed class ClaimsRoleResolver(ClaimsDatabase database) : IClaimsRoleResolver
{
    public async Task<bool> IsIncentivesAdministratorAsync(string tenantId, string objectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(tenantId) || string.IsNullOrWhiteSpace(objectId))
        {
            return false;
        }

        await using var context = database.ForSystem();
        return await IsAdministrator.For(context)(context, tenantId, objectId, cancellationToken);
    }

    private static readonly CompiledQuery<Func<ClaimsDbContext, string, string, CancellationToken, Task<bool>>> IsAdministrator = new(() => EF.CompileAsyncQuery(
        (ClaimsDbContext context, string tenantId, string objectId, CancellationToken _) => context.TenantRoles
            .Any(r => r.TenantId == tenantId && r.UserObjectId == objectId && r.Role == TenantRole.IncentivesAdministrator)));

    public async Task<ClaimsCaller> ResolveAsync(string tenantId, string objectId, string? displayName, CancellationToken cancellationToken) =>
        new(tenantId, objectId, displayName, await IsIncentivesAdministratorAsync(tenantId, objectId, cancellationToken));
}
