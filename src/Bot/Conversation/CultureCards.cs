using System.Collections.Concurrent;
using System.Globalization;
using CoopAssistant.Bot.Cards;

namespace CoopAssistant.Bot.Conversation;

/// <summary>
/// A card that depends on the language alone (help, welcome): built once per language and marked
/// <see cref="CardMessages.Reusable"/>, so every later turn sends the same serialised card.
/// </summary>
public sealed class CultureCards(Func<CultureInfo, AdaptiveCard> build)
{
    // One entry per language the bot speaks (BotCulture resolves every locale to one of them).
    private readonly ConcurrentDictionary<string, AdaptiveCard> _cards = new(StringComparer.Ordinal);

    public AdaptiveCard For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return _cards.GetOrAdd(culture.Name, static (_, state) => state.build(state.culture).Reusable(), (build, culture));
    }
}
