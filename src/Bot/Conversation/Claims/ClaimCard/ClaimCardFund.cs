using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.ClaimCard;

/// <summary>The claim card's fund line (unclaimed of available) and, while the claim is prepared, the warnings against the fund.</summary>
internal static class ClaimCardFund
{
    /// <summary>The claim's fund (unclaimed of available) and the warnings against it: more than the fund had unclaimed, or over the
    /// activity type's share of the fund.</summary>
    public static IEnumerable<TextBlock> Lines(CultureInfo culture, ClaimView claim)
    {
        var text = BotText.For(culture);
        if (claim.Fund is not { } standing)
        {
            if (ClaimStatusGroups.IsPreparing(claim.Status))
            {
                yield return new TextBlock(text[nameof(Strings.FundNone)]) { Wrap = true, IsSubtle = true, Size = TextSize.Small };
            }

            yield break;
        }

        var fund = standing.Fund;
        string Money(decimal amount) => CardFormat.Amount(amount, fund.Currency, culture);
        var name = ClaimNames.Program(fund.Program, culture) + (fund.Location is { } location ? " · " + CardText.Escape(location) : "");
        yield return new TextBlock(text.Format(nameof(Strings.FundLine), name, CardFormat.Date(fund.UsageStart, culture), CardFormat.Date(fund.UsageEnd, culture),
            Money(fund.Unclaimed), Money(fund.Available))) { Wrap = true, Size = TextSize.Small };
        if (!ClaimStatusGroups.IsPreparing(claim.Status))
        {
            yield break;
        }

        if (standing.ExceedsUnclaimed)
        {
            yield return new TextBlock(text.Format(nameof(Strings.FundExceedsWarning), Money(claim.Amount), Money(Math.Max(0, standing.AvailableBeforeThisClaim))))
            {
                Wrap = true, Color = TextColor.Warning,
            };
        }

        if (standing.ExceedsActivityLimit)
        {
            yield return new TextBlock(text.Format(nameof(Strings.FundActivityWarning), Money(standing.ActivityUsed), Money(standing.ActivityLimit!.Value), Money(fund.Available)))
            {
                Wrap = true, Color = TextColor.Warning,
            };
        }
    }
}
