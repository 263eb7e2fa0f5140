using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Services;

/// <summary>What a claim change's history entry says beyond the field changes the unit of work reads itself: the action, and the
/// note, link and date that came with it (e.g. the Partner Center email a status was recorded from).</summary>
public sealed record ClaimChangeInfo(ClaimAction Action, string? Note = null, Uri? SourceLink = null, DateTimeOffset? SourceDate = null);

/// <summary>The result of a change's own step inside the unit of work: refused (nothing is saved), or made, with its history info.</summary>
internal sealed record ClaimStep(ClaimResult<ClaimView>? Refusal, ClaimChangeInfo? Info)
{
    public static ClaimStep Refuse(ClaimResult<ClaimView> refusal) => new(refusal, null);

    public static ClaimStep Record(ClaimChangeInfo info) => new(null, info);

    public static ClaimStep Record(ClaimAction action) => new(null, new ClaimChangeInfo(action));
}

/// <summary>Who makes a change: a person (<see cref="Caller"/>), or CoopAssistant itself for a tenant (null caller).</summary>
internal sealed record ClaimActor(string TenantId, ClaimsCaller? Caller)
{
    public static ClaimActor Person(ClaimsCaller caller) => new(caller.TenantId, caller);

    public static ClaimActor System(string tenantId) => new(tenantId, null);
}
