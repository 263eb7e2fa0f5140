using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.MyClaims;

/// <summary>
/// A list of claims, most urgent first (the order the service returns): number, title, status, urgency (overdue, due
/// this week, days left) coloured like the deadline; each row opens the claim card.
/// </summary>
public static class MyClaimsCard
{
    public const int DueSoonDays = 7;

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
            var urgency = !open ? text[nameof(Strings.UrgencyClosed)]
                : daysLeft < 0 ? text[nameof(Strings.UrgencyOverdue)]
                : daysLeft <= DueSoonDays ? text[nameof(Strings.UrgencyThisWeek)]
                : text[nameof(Strings.UrgencyLater)];
            var line = ClaimTexts.For(claim.Status, culture) + " · " + CardFormat.Amount(claim.Amount, claim.Currency, culture);
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
}
