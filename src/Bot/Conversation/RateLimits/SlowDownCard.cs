using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Conversation.RateLimits;

/// <summary>The short "you are sending messages too fast" card, with how long to wait (whole seconds, at least one).</summary>
public static class SlowDownCard
{
    public static AdaptiveCard Create(CultureInfo culture, TimeSpan retryAfter)
    {
        var text = BotText.For(culture);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return CardScaffold.Card(culture,
        [
            CardScaffold.Title(text[nameof(Strings.SlowDownTitle)]),
            CardScaffold.Paragraph(text.Format(nameof(Strings.SlowDownText), seconds)),
        ]);
    }
}
