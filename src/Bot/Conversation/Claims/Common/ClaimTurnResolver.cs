using CoopAssistant.Bot.Protocol.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Bot.Conversation.Claims.Common;

/// <summary>
/// The caller of a turn: tenant = <c>activity.TenantId</c>, user = <c>from.aadObjectId</c>, display name = <c>from.name</c>,
/// administrator from <see cref="IClaimsRoleResolver"/>; "today" in the activity's <c>localTimezone</c> (UTC when unknown).
/// </summary>
public sealed class ClaimTurnResolver(IClaimsRoleResolver roles, TimeProvider time)
{
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

        var caller = await roles.ResolveAsync(tenantId, objectId, activity.From?.Name, turn.CancellationToken);
        var zone = FindZone(activity.LocalTimezone);
        var conversationId = activity.Conversation?.Id is { Length: > 0 } id ? id : tenantId + "/" + objectId;
        return new ClaimTurn(caller, zone, ClaimDates.Today(time, zone), conversationId, activity.From?.Id);
    }

    private static TimeZoneInfo FindZone(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.Utc;
    }
}
