using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Conversation.Teams;

/// <summary>What the bot posts in a group chat or channel: help for that place and short notices. None of them carries a claim.</summary>
public static class SharedConversationCards
{
    public static AdaptiveCard Help(CultureInfo culture)
    {
        var text = BotText.For(culture);
        return CardScaffold.Card(culture,
        [
            CardScaffold.Title(text[nameof(Strings.TeamHelpTitle)]),
            CardScaffold.Paragraph(text[nameof(Strings.TeamHelpStatus)]),
            CardScaffold.Paragraph(text[nameof(Strings.TeamHelpDigest)]),
            CardScaffold.Paragraph(text[nameof(Strings.TeamHelpShare)]),
            CardScaffold.Paragraph(text[nameof(Strings.TeamHelpPrivate)]),
        ]);
    }

    public static AdaptiveCard Notice(CultureInfo culture, string key) =>
        CardScaffold.Card(culture, [CardScaffold.Paragraph(BotText.For(culture)[key])]);
}
