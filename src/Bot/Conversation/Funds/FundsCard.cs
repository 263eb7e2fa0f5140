using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Funds;

namespace CoopAssistant.Bot.Conversation.Funds;

/// <summary>The organization's funds: unclaimed per program and currency with the next claim deadline (never added across
/// currencies), then each fund's balances; buttons to record a fund and to import a CSV file.</summary>
public static class FundsCard
{
    public const int MaxFundsShown = 15;

    public static AdaptiveCard Create(CultureInfo culture, IReadOnlyList<FundView> funds, DateOnly today, params CardNote[] notes)
    {
        ArgumentNullException.ThrowIfNull(funds);
        var text = BotText.For(culture);
        var body = new List<CardElement> { CardScaffold.Title(text[nameof(Strings.FundsTitle)]) };
        body.AddRange(notes.Select(n => n.ToTextBlock()));
        if (funds.Count == 0)
        {
            body.Add(CardScaffold.Paragraph(text[nameof(Strings.FundsEmpty)]));
        }
        else
        {
            body.Add(new TextBlock(text[nameof(Strings.FundsTotals)]) { Weight = TextWeight.Bolder, Wrap = true });
            foreach (var total in FundTotals.Of(funds, today))
            {
                var program = ClaimNames.Program(total.Program, culture);
                string Money(decimal amount) => CardFormat.Amount(amount, total.Currency, culture);
                body.Add(new TextBlock(total.NextDeadline is { } deadline
                    ? text.Format(nameof(Strings.FundsTotalLine), program, total.Currency, Money(total.Unclaimed), Money(total.Available), CardFormat.Date(deadline, culture))
                    : text.Format(nameof(Strings.FundsTotalLineNoDeadline), program, total.Currency, Money(total.Unclaimed), Money(total.Available)))
                {
                    Wrap = true, Spacing = Spacing.Small, Color = total.Unclaimed > 0 && total.NextDeadline is { } d && d.DayNumber - today.DayNumber <= 30 ? TextColor.Warning : TextColor.Default,
                });
            }

            foreach (var fund in funds.Take(MaxFundsShown))
            {
                body.Add(Row(culture, fund));
            }
        }

        return CardScaffold.Card(culture, body,
        [
            CardActions.Execute(text[nameof(Strings.ActionRecordFund)], CardVerbs.FundsRecord),
            CardActions.Execute(text[nameof(Strings.ActionImportFunds)], CardVerbs.FundsImport),
            CardActions.Execute(text[nameof(Strings.ActionNewClaim)], CardVerbs.ClaimNew),
        ]);
    }

    public static TextBlock Row(CultureInfo culture, FundView fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        var text = BotText.For(culture);
        string Money(decimal amount) => CardFormat.Amount(amount, fund.Currency, culture);
        return new TextBlock(text.Format(nameof(Strings.FundsRow),
            ClaimNames.Program(fund.Program, culture), fund.Location is { } l ? " · " + CardText.Escape(l) : "",
            CardFormat.Date(fund.UsageStart, culture), CardFormat.Date(fund.UsageEnd, culture),
            Money(fund.Available), Money(fund.Preparing), Money(fund.Submitted), Money(fund.Approved), Money(fund.Paid), Money(fund.Unclaimed),
            CardFormat.Date(fund.ClaimDeadline, culture)))
        {
            Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small,
        };
    }
}
