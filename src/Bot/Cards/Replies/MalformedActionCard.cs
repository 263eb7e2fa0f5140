using System.Globalization;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Cards;

/// <summary>The answer to an <c>Action.Submit</c> whose data the bot's cards could not have sent.</summary>
public static class MalformedActionCard
{
    public static AdaptiveCard Create(CultureInfo culture)
    {
        var text = BotText.For(culture);
        return CardScaffold.Card(
            culture,
            [
                CardScaffold.Title(text[nameof(Strings.NotUnderstoodTitle)]),
                CardScaffold.Paragraph(text[nameof(Strings.ActionMalformed)]),
            ],
            CardScaffold.MainCommands(culture));
    }
}
