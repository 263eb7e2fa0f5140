using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Scheduling.Funds;

namespace CoopAssistant.Bot.Reminders;

/// <summary>Funds at risk: how much of which fund is unclaimed, by when claims on it are due, the claims in progress that could use
/// it, and "new claim for this fund" / "open dashboard".</summary>
public static class FundAlertCard
{
    /// <summary>Data key of "new claim for this fund": the form starts with the fund's program, usage period and currency.</summary>
    public const string FundIdKey = "fundId";

    /// <summary>The activity's summary (what a notification shows): the card's title, plain text.</summary>
    public static string Summary(FundAlertMessage message, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(message);
        return BotText.For(culture).Format(nameof(Strings.AtRiskTitle), CardFormat.Amount(message.Fund.Unclaimed, message.Fund.Currency, culture));
    }

    public static AdaptiveCard Create(FundAlertMessage message, DateOnly today, CultureInfo culture, Uri? dashboard)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = BotText.For(culture);
        var body = Balances(message, today, culture);
        body.Add(CardScaffold.Paragraph(text[message.Claims.Count > 0 ? nameof(Strings.AtRiskClaims) : nameof(Strings.AtRiskNoClaims)]) with { Weight = TextWeight.Bolder });
        if (message.Claims.Count > 0)
        {
            body.Add(new FactSet([.. message.Claims.Take(10).Select(c => new Fact(
                ClaimTexts.WithPartnerCenterName(c.Status, culture), CardText.EscapeTruncated($"{c.Title} ({c.OwnerDisplayName}) · {CardFormat.Amount(c.Amount, c.Currency, culture)}", 200)))]));
        }

        var actions = new List<CardAction> { CardActions.Execute(text[nameof(Strings.ActionNewClaimForFund)], CardVerbs.ClaimNew, new JsonObject { [FundIdKey] = message.Fund.Id.ToString() }) };
        actions.Add(dashboard is null
            ? CardActions.Execute(text[nameof(Strings.ActionOpenDashboard)], CardVerbs.FundsList)
            : CardActions.OpenUrl(text[nameof(Strings.ActionOpenDashboard)], dashboard));
        return CardScaffold.Card(culture, body, actions);
    }

    /// <summary>The alert for the tenant's chosen channel, read by the whole team: the fund's balances and dates only — no claim,
    /// title, owner or person — and no button that acts for whoever presses it; "open dashboard" when its deep link is configured
    /// (the dashboard asks each viewer's access).</summary>
    public static AdaptiveCard ForChannel(FundAlertMessage message, DateOnly today, CultureInfo culture, Uri? dashboard)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = BotText.For(culture);
        var body = Balances(message, today, culture);
        body.Add(CardScaffold.Paragraph(text[nameof(Strings.AtRiskChannelHint)]) with { IsSubtle = true });
        return CardScaffold.Card(culture, body, dashboard is null ? [] : [CardActions.OpenUrl(text[nameof(Strings.ActionOpenDashboard)], dashboard)]);
    }

    private static List<CardElement> Balances(FundAlertMessage message, DateOnly today, CultureInfo culture)
    {
        var text = BotText.For(culture);
        var fund = message.Fund;
        string Money(decimal amount) => CardFormat.Amount(amount, fund.Currency, culture);
        var name = ClaimNames.Program(fund.Program, culture) + (fund.Location is { } location ? " · " + CardText.Escape(location) : "");
        var body = new List<CardElement>
        {
            CardScaffold.Title(text.Format(nameof(Strings.AtRiskTitle), Money(fund.Unclaimed))),
            CardScaffold.Paragraph(text.Format(nameof(Strings.AtRiskBody), Money(fund.Unclaimed), name, CardFormat.Date(fund.UsageStart, culture),
                CardFormat.Date(fund.UsageEnd, culture), CardFormat.Date(fund.ClaimDeadline, culture), CardFormat.DaysLeft(fund.ClaimDeadline.DayNumber - today.DayNumber, culture))),
        };
        if (message.Milestone == FundMilestones.UsageEnd)
        {
            body.Add(CardScaffold.Paragraph(text[nameof(Strings.AtRiskUsageEnded)]) with { IsSubtle = true });
        }

        return body;
    }
}
