using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>A short card with a title, a message and the main command buttons (not found, cannot identify you, cancelled…).</summary>
public static class NoticeCard
{
    public static AdaptiveCard Create(CultureInfo culture, string title, string message, TextColor color = TextColor.Default) =>
        CardScaffold.Card(
            culture,
            [CardScaffold.Title(title), CardScaffold.Paragraph(message) with { Color = color }],
            CardScaffold.MainCommands(culture));

    public static AdaptiveCard NotFound(CultureInfo culture)
    {
        var text = BotText.For(culture);
        return Create(culture, text[nameof(Strings.ClaimNotFoundTitle)], text[nameof(Strings.ClaimNotFoundText)], TextColor.Attention);
    }

    public static AdaptiveCard Unidentified(CultureInfo culture)
    {
        var text = BotText.For(culture);
        return Create(culture, text[nameof(Strings.UnidentifiedTitle)], text[nameof(Strings.UnidentifiedText)], TextColor.Attention);
    }
}
