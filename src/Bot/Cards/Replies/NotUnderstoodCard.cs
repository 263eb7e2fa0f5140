using System.Globalization;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Cards;

/// <summary>The answer to a message that is neither a command nor (yet) a question the bot can answer.</summary>
public static class NotUnderstoodCard
{
    /// <summary>How much of the user's message is quoted back.</summary>
    public const int MaxQuotedLength = 200;

    public static AdaptiveCard Create(CultureInfo culture, string? userText)
    {
        var text = BotText.For(culture);
        var quoted = userText?.Trim();
        var message = string.IsNullOrEmpty(quoted)
            ? text[nameof(Strings.NotUnderstoodEmpty)]
            : text.Format(nameof(Strings.NotUnderstoodText), CardText.EscapeTruncated(quoted, MaxQuotedLength));
        return CardScaffold.Card(
            culture,
            [
                CardScaffold.Title(text[nameof(Strings.NotUnderstoodTitle)]),
                CardScaffold.Paragraph(message),
            ],
            CardScaffold.MainCommands(culture));
    }
}
