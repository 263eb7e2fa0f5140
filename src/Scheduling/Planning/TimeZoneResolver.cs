using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Scheduling.Planning;

/// <summary>The owner's time zone by <see cref="ClaimClock"/>'s one rule, read through the connection of the claim change being
/// planned instead of a connection of its own (only the conversation's time zone column is read).</summary>
public sealed class TimeZoneResolver(ClaimClock clock)
{
    public async Task<TimeZoneInfo> ResolveAsync(ClaimsDbContext context, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return clock.Zone(tenantId, await UserZone.For(context)(context, tenantId, userObjectId, cancellationToken));
    }

    private static readonly CompiledQuery<Func<ClaimsDbContext, string, string, CancellationToken, Task<string?>>> UserZone = new(() => EF.CompileAsyncQuery(
        (ClaimsDbContext context, string tenantId, string userObjectId, CancellationToken _) => context.ConversationReferences
            .Where(r => r.TenantId == tenantId && r.UserAadObjectId == userObjectId).Select(r => r.TimeZone).FirstOrDefault()));
}
