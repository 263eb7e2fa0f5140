using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Services;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Sharing;

/// <summary>
/// <c>composeExtension/selectItem</c>: a search result picked; <c>value</c> is the result's <c>tap.value</c> (<c>{claimId}</c>).
/// Answers with the shared claim card to insert, after checking again that the person may see that claim.
/// </summary>
public sealed class SelectClaimHandler(ClaimTurnResolver turns, IClaimService claims, SharedClaimViewers viewers) : IActivityHandler
{
    public string ActivityType => ActivityTypes.Invoke;

    public string? InvokeName => InvokeNames.ComposeExtensionSelectItem;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = BotText.For(turn.Culture);
        if (await turns.ResolveAsync(turn) is not { } caller)
        {
            return MessageExtensionResults.Message(text[nameof(Strings.UnidentifiedText)]);
        }

        if (ClaimReference.FromData(turn.Activity.Value) is not { ClaimId: var claimId } || claimId == Guid.Empty
            || await claims.GetAsync(caller.Caller, claimId, turn.CancellationToken) is not { IsOk: true, Value: { } claim })
        {
            return MessageExtensionResults.Message(text[nameof(Strings.ClaimNotFoundText)]);
        }

        var userIds = await viewers.RefreshUserIdsAsync(caller.Caller.TenantId, turn.Activity.From?.Id, claim.OwnerObjectId, turn.CancellationToken);
        return MessageExtensionResults.Result([MessageExtensionResults.Item(SharedClaimCards.Posted(turn.Culture, claim.Id, userIds))]);
    }
}
