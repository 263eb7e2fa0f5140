using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Sharing;

/// <summary>
/// <c>claim.shared</c>: a shared claim card refreshed (automatically or by "Show") for one viewer. The owner and the tenant's
/// Incentives administrators get the claim card with its buttons; anyone else — another user, another tenant, an unknown caller —
/// gets "you don't have access" with no claim data in any field.
/// </summary>
public sealed class SharedClaimViewCommand(ClaimCommands support, SharedClaimViewers viewers) : IAnswersEveryViewer
{
    public string Verb => CardVerbs.ClaimShared;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        if (ClaimReference.FromData(context.Data) is not { ClaimId: var claimId } || claimId == Guid.Empty)
        {
            return NoticeCard.NotFound(culture);
        }

        var viewer = context.Turn.Activity.From?.Id;
        var turn = await support.ResolveTurnAsync(context);
        var found = turn is null ? null : await support.Claims.GetAsync(turn.Caller, claimId, context.CancellationToken);
        if (turn is null || found is not { IsOk: true, Value: { } claim })
        {
            return SharedClaimCards.NoAccess(culture, claimId, viewer is null ? [] : [viewer]);
        }

        var userIds = await viewers.RefreshUserIdsAsync(turn.Caller.TenantId, viewer, claim.OwnerObjectId, context.CancellationToken);
        return SharedClaimCards.WithRefresh(support.ClaimCard(culture, turn, claim), culture, claimId, userIds);
    }
}
