using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Conversation.Sharing;

/// <summary>
/// The claim card shared into a chat, channel or email (message extension, link unfurling). What everybody sees first — the
/// card as posted — carries no claim data at all: a neutral line and a "Show" button. Universal Actions' <c>refresh</c> turns
/// it into each viewer's own view (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views):
/// automatically for the listed users (at most 60; in chats of fewer than 60 people for everyone), through "Show" for the rest.
/// The view is decided per viewer by the one access policy (<see cref="SharedClaimViewCommand"/>).
/// </summary>
public static class SharedClaimCards
{
    /// <summary>The card as posted: no title, no status, no owner, no amount; only the claim id its refresh needs.</summary>
    public static AdaptiveCard Posted(CultureInfo culture, Guid claimId, IReadOnlyList<string> refreshUserIds)
    {
        var text = BotText.For(culture);
        return WithRefresh(
            CardScaffold.Card(
                culture,
                [CardScaffold.Title(text[nameof(Strings.SharedClaimTitle)]), CardScaffold.Paragraph(text[nameof(Strings.SharedClaimHint)])],
                [Show(culture, claimId)]),
            culture,
            claimId,
            refreshUserIds);
    }

    /// <summary>The view of a viewer who may not see the claim: "you don't have access", and nothing of the claim.</summary>
    public static AdaptiveCard NoAccess(CultureInfo culture, Guid claimId, IReadOnlyList<string> refreshUserIds)
    {
        var text = BotText.For(culture);
        return WithRefresh(
            CardScaffold.Card(
                culture,
                [CardScaffold.Title(text[nameof(Strings.SharedClaimNoAccessTitle)]), CardScaffold.Paragraph(text[nameof(Strings.SharedClaimNoAccessText)])],
                [Show(culture, claimId)]),
            culture,
            claimId,
            refreshUserIds);
    }

    /// <summary>Gives a viewer's card the shared card's refresh, so it keeps following the claim for them.</summary>
    public static AdaptiveCard WithRefresh(AdaptiveCard card, CultureInfo culture, Guid claimId, IReadOnlyList<string> refreshUserIds)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(refreshUserIds);
        return card with
        {
            Refresh = new CardRefresh(Show(culture, claimId)) { UserIds = [.. refreshUserIds.Take(CardRefresh.MaxUserIds)] },
        };
    }

    private static ExecuteAction Show(CultureInfo culture, Guid claimId) =>
        CardActions.Execute(BotText.For(culture)[nameof(Strings.ActionShowSharedClaim)], CardVerbs.ClaimShared, new JsonObject { [CardDataKeys.ClaimId] = claimId.ToString("D") });
}
