using System.Globalization;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Cards;

/// <summary>Sent when the bot is installed or a conversation starts: what the bot does and the main commands.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Create(CultureInfo culture)
    {
        var text = BotText.For(culture);
        return CardScaffold.Card(
            culture,
            [
                CardScaffold.Title(text[nameof(Strings.WelcomeTitle)]),
                CardScaffold.Paragraph(text[nameof(Strings.WelcomeIntro)]),
                CardScaffold.Paragraph(text[nameof(Strings.WelcomeAsk)]) with { IsSubtle = true },
            ],
            CardScaffold.MainCommands(culture));
    }
}
