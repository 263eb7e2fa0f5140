using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Rules;
using Microsoft.Extensions.Caching.Memory;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>
/// The caller of a turn: tenant = <c>activity.TenantId</c>, user = <c>from.aadObjectId</c>, display name = <c>from.name</c>,
/// administrator from <see cref="IClaimsRoleResolver"/> (reused for <see cref="CallerLifetime"/>); "today" by <see cref="ClaimClock"/> (the activity's <c>localTimezone</c>, else the tenant's, else the configured zone).
/// </summary>
public sealed class ClaimTurnResolver(IClaimsRoleResolver roles, ClaimClock clock, IMemoryCache cache)
{
    /// <summary>How long the administrator flag is reused before it is read again.</summary>
    public static readonly TimeSpan CallerLifetime = TimeSpan.FromMinutes(1);

    /// <summary>Null when the activity does not say who the user is (no tenant or no Entra object id).</summary>
    public async Task<ClaimTurn?> ResolveAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var tenantId = activity.TenantId;
        var objectId = activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(tenantId) || string.IsNullOrWhiteSpace(objectId))
        {
            return null;
        }

        var conversationId = activity.Conversation?.Id is { Length: > 0 } id ? id : tenantId + "/" + objectId;
        return await ResolveAsync(tenantId, objectId, activity.From?.Name, activity.LocalTimezone, conversationId, activity.From?.Id, turn.CancellationToken);
    }

    /// <summary>The caller of background work queued from a turn of <paramref name="address"/>'s conversation (roles read again).</summary>
    public Task<ClaimTurn> ResolveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return ResolveAsync(address.TenantId, address.UserObjectId, address.UserName, address.TimeZone, address.ConversationId, address.UserId, cancellationToken);
    }

    private async Task<ClaimTurn> ResolveAsync(string tenantId, string objectId, string? name, string? timeZone, string conversationId, string? userChannelId, CancellationToken cancellationToken)
    {
        var key = "claimflow:caller:" + tenantId + ":" + objectId + ":" + name;
        if (!cache.TryGetValue(key, out ClaimsCaller? caller) || caller is null)
        {
            caller = await roles.ResolveAsync(tenantId, objectId, name, cancellationToken);
            cache.Set(key, caller, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = CallerLifetime, Size = 1 });
        }

        var zone = clock.Zone(tenantId, timeZone);
        return new ClaimTurn(caller, zone, clock.Today(zone), conversationId, userChannelId);
    }
}
