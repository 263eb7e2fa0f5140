using System.Globalization;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Cards;

/// <summary>Pieces every card of the bot shares: the frame (lang, fallback text) and the main command buttons.</summary>
public static class CardScaffold
{
    /// <summary>A top-level card, full width, with the localised fallback text.</summary>
    /// <remarks>
    /// <c>lang</c> is left unset: Teams does not need it, and the official renderer (adaptivecards 3.0.6) validates it with a
    /// global regular expression whose state makes every other card fail.
    /// </remarks>
    public static AdaptiveCard Card(CultureInfo culture, IReadOnlyList<CardElement> body, IReadOnlyList<CardAction>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var text = BotText.For(culture);
        return new AdaptiveCard
        {
            FallbackText = text[nameof(Strings.CardFallbackText)],
            Body = body,
            Actions = actions,
        };
    }

    /// <summary>The card's title line (a heading).</summary>
    public static TextBlock Title(string text) =>
        new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true };

    /// <summary>A wrapped paragraph.</summary>
    public static TextBlock Paragraph(string text) => new(text) { Wrap = true };

    /// <summary>The main commands as buttons: new claim, my claims, help.</summary>
    public static IReadOnlyList<CardAction> MainCommands(CultureInfo culture)
    {
        var text = BotText.For(culture);
        return
        [
            CardActions.Execute(text[nameof(Strings.ActionNewClaim)], CardVerbs.ClaimNew),
            CardActions.Execute(text[nameof(Strings.ActionMyClaims)], CardVerbs.ClaimList),
            CardActions.Execute(text[nameof(Strings.ActionHelp)], CardVerbs.Help),
        ];
    }
}
