using System.Text.Json;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Claims.Services;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Sharing;

/// <summary>
/// Link unfurling (<c>composeExtension/queryLink</c>, <c>value {url}</c>): a link to a claim — <c>/claims/{id}</c> or the dashboard's
/// <c>/tab/?claim={id}</c> on the host's domain (the manifest's <c>messageHandlers</c>) — pasted into a message becomes the shared
/// claim card. A link that names no claim the person may see unfurls into nothing (an empty result), so nothing of a claim leaks
/// (https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/link-unfurling).
/// </summary>
public sealed class ClaimLinkUnfurlHandler(ClaimTurnResolver turns, IClaimService claims, SharedClaimViewers viewers) : IActivityHandler
{
    public string ActivityType => ActivityTypes.Invoke;

    public string? InvokeName => InvokeNames.ComposeExtensionQueryLink;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (ClaimLinks.Parse(Url(turn.Activity.Value)) is not { } claimId
            || await turns.ResolveAsync(turn) is not { } caller
            || await claims.GetAsync(caller.Caller, claimId, turn.CancellationToken) is not { IsOk: true, Value: { } claim })
        {
            return MessageExtensionResults.Result([]);
        }

        var userIds = await viewers.RefreshUserIdsAsync(caller.Caller.TenantId, turn.Activity.From?.Id, claim.OwnerObjectId, turn.CancellationToken);
        return MessageExtensionResults.Result([MessageExtensionResults.Item(SharedClaimCards.Posted(turn.Culture, claim.Id, userIds))]);
    }

    private static string? Url(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
}
