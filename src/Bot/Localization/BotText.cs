using CoopAssistant.Claims.Localization;
using System.Collections.Concurrent;
using System.Globalization;

namespace CoopAssistant.Bot.Localization;

/// <summary>
/// The bot's localised strings for one culture, read from <c>Strings.resx</c> / <c>Strings.pt-BR.resx</c> without
/// touching the generated class's static <c>Culture</c>. Keys are <c>nameof(Strings.X)</c>, so a typo does not compile.
/// </summary>
public sealed class BotText
{
    private static readonly BotText EnglishText = new(UserCulture.English);
    private static readonly BotText PortugueseText = new(UserCulture.Portuguese);

    // Strings already read for this culture: the resource manager's lookup takes a lock and walks the resource sets on
    // every call, and a card reads a dozen strings per turn. The resx content never changes while the process runs.
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    private BotText(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public string this[string key] => _strings.TryGetValue(key, out var text) ? text : Read(key);

    /// <summary>The resx pair behind these texts (tests walk every key).</summary>
    public static ResourceTexts Resources { get; } = new(Strings.ResourceManager);

    private string Read(string key)
    {
        var text = Resources.Find(key, Culture)
            ?? throw new KeyNotFoundException($"No localised string '{key}' for {Culture.Name}.");
        return _strings.GetOrAdd(key, text);
    }

    public static BotText For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return UserCulture.IsPortuguese(culture) ? PortugueseText : EnglishText;
    }

    public static BotText ForLocale(string? locale) => For(UserCulture.FromTag(locale));

    /// <summary>A text filled in with its plural forms and the culture's number and date formats (<see cref="TextFormat"/>).</summary>
    public string Format(string key, params object?[] args) => TextFormat.Format(Culture, this[key], args);
}
