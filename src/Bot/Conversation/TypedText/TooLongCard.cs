using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Conversation.TypedText;

/// <summary>The answer to a message longer than <see cref="TypedTextLimit.MaxCharacters"/>: please ask in fewer words.</summary>
public static class TooLongCard
{
    public static AdaptiveCard Create(CultureInfo culture)
    {
        var text = BotText.For(culture);
        return CardScaffold.Card(
            culture,
            [
                CardScaffold.Title(text[nameof(Strings.TooLongTitle)]),
                CardScaffold.Paragraph(text.Format(nameof(Strings.TooLongText), TypedTextLimit.MaxCharacters)),
            ],
            CardScaffold.MainCommands(culture));
    }
}
