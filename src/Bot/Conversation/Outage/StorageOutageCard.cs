using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Storage;

namespace CoopAssistant.Bot.Conversation.Outage;

/// <summary>The polite "nothing changed, try again" card for a turn that failed because storage was out of reach or full.</summary>
public static class StorageOutageCard
{
    public static AdaptiveCard Create(CultureInfo culture, StorageFailureKind failure)
    {
        var text = BotText.For(culture);
        var (title, message) = failure == StorageFailureKind.Full
            ? (text[nameof(Strings.StorageFullTitle)], text[nameof(Strings.StorageFullText)])
            : (text[nameof(Strings.StorageUnavailableTitle)], text[nameof(Strings.StorageUnavailableText)]);
        return CardScaffold.Card(culture, [CardScaffold.Title(title), CardScaffold.Paragraph(message) with { Color = TextColor.Attention }]);
    }
}
