using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.MyClaims;

/// <summary>
/// A list of claims, most urgent first (the order the service returns): number, title, status, urgency (<see cref="ClaimUrgency"/>,
/// the tab's rule too) coloured like the deadline; each row opens the claim card.
/// </summary>
public static class MyClaimsCard
{
    public static AdaptiveCard Create(CultureInfo culture, ClaimTurn turn, IReadOnlyList<ClaimSummary> claims, bool organization)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(claims);
        var text = BotText.For(culture);
        var body = new List<CardElement>
        {
            CardScaffold.Title(text[organization ? nameof(Strings.OrganizationClaimsTitle) : nameof(Strings.MyClaimsTitle)]),
        };
        if (claims.Count == 0)
        {
            body.Add(CardScaffold.Paragraph(text[organization ? nameof(Strings.OrganizationClaimsEmpty) : nameof(Strings.MyClaimsEmpty)]));
        }

        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            var daysLeft = claim.UrgencyDate.DayNumber - turn.Today.DayNumber;
            var open = ClaimStatusGroups.IsOpen(claim.Status);
            var urgency = UrgencyText(ClaimUrgency.For(claim.Status, daysLeft), text);
            var line = ClaimTexts.WithPartnerCenterName(claim.Status, culture) + " · " + CardFormat.Amount(claim.Amount, claim.Currency, culture);
            if (organization)
            {
                line += " · " + CardText.Escape(claim.OwnerDisplayName ?? claim.OwnerObjectId);
            }

            var items = new List<CardElement>
            {
                new TextBlock((i + 1).ToString(culture) + ". " + CardText.EscapeTruncated(claim.Title, 120)) { Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(line) { Wrap = true, IsSubtle = true, Spacing = Spacing.None },
                new TextBlock(urgency + " · " + text.Format(nameof(Strings.DeadlineWithDaysLeft), CardFormat.Date(claim.Deadline, culture), CardFormat.DaysLeft(claim.Deadline.DayNumber - turn.Today.DayNumber, culture)))
                {
                    Wrap = true, Spacing = Spacing.None, Color = open ? DeadlineText.ColorFor(daysLeft) : TextColor.Default,
                },
            };
            body.Add(new Container(items)
            {
                Separator = i > 0,
                SelectAction = CardActions.ExecuteForClaim(text[nameof(Strings.ActionOpenClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version),
            });
        }

        var actions = new List<CardAction> { CardActions.Execute(text[nameof(Strings.ActionNewClaim)], CardVerbs.ClaimNew) };
        if (turn.Caller.IsIncentivesAdministrator)
        {
            actions.Add(organization
                ? CardActions.Execute(text[nameof(Strings.ActionMyClaims)], CardVerbs.ClaimList)
                : CardActions.Execute(text[nameof(Strings.ActionOrganizationClaims)], CardVerbs.ClaimListOrganization));
        }

        actions.Add(CardActions.Execute(text[nameof(Strings.ActionHelp)], CardVerbs.Help));
        return CardScaffold.Card(culture, body, actions);
    }

    /// <summary>The words for <see cref="ClaimUrgency"/>'s level (the tab shows the same level).</summary>
    public static string UrgencyText(ClaimUrgencyLevel level, BotText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return level switch
        {
            ClaimUrgencyLevel.Overdue => text[nameof(Strings.UrgencyOverdue)],
            ClaimUrgencyLevel.Urgent => text.Format(nameof(Strings.UrgencyDueWithin), ClaimUrgency.UrgentDays),
            ClaimUrgencyLevel.Soon => text.Format(nameof(Strings.UrgencyDueWithin), ClaimUrgency.SoonDays),
            ClaimUrgencyLevel.OnTrack => text[nameof(Strings.UrgencyLater)],
            _ => text[nameof(Strings.UrgencyClosed)],
        };
    }
}
