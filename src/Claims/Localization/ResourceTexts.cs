using System.Collections;
using System.Globalization;
using System.Resources;

namespace CoopAssistant.Claims.Localization;

/// <summary>
/// The one way texts are read: one resx pair (en-US neutral, pt-BR satellite) behind a typed accessor per area
/// (<c>BotText</c>, <c>ReminderText</c>, <see cref="ClaimTexts"/>, <c>ReviewTexts</c>). The culture is narrowed to en-US or
/// pt-BR by <see cref="UserCulture.Of"/> and texts are filled in by <see cref="TextFormat"/>.
/// </summary>
public sealed class ResourceTexts(ResourceManager resources)
{
    /// <summary>The text of <paramref name="key"/> in the culture's language; null when the key does not exist.</summary>
    public string? Find(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(key);
        return resources.GetString(key, UserCulture.Of(culture));
    }

    /// <summary>The text of <paramref name="key"/>, filled in with its plural forms and the culture's numbers and dates.</summary>
    public string Format(string key, CultureInfo culture, params object?[] args) =>
        TextFormat.Format(culture, Find(key, culture) ?? throw new KeyNotFoundException($"No text '{key}' in {resources.BaseName}."), args);

    /// <summary>Every key and text of one language as written in its own resx (no fallback to en-US), for tests.</summary>
    public IReadOnlyDictionary<string, string> Entries(CultureInfo culture)
    {
        var language = UserCulture.Of(culture);
        var set = resources.GetResourceSet(language == UserCulture.English ? CultureInfo.InvariantCulture : language, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No {language.Name} texts in {resources.BaseName}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }
}
