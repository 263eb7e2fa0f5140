using System.Globalization;
using System.Resources;

namespace CoopAssistant.Bot.Reminders;

/// <summary>The reminder cards' texts, from <c>ReminderStrings.resx</c> (en-US) and <c>ReminderStrings.pt-BR.resx</c>.</summary>
public static class ReminderText
{
    private static readonly ResourceManager Resources = new("CoopAssistant.Bot.Reminders.ReminderStrings", typeof(ReminderText).Assembly);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Portuguese = CultureInfo.GetCultureInfo("pt-BR");

    public static bool IsPortuguese(CultureInfo culture) =>
        culture?.Name.StartsWith("pt", StringComparison.OrdinalIgnoreCase) == true;

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, IsPortuguese(culture) ? Portuguese : English)
        ?? throw new KeyNotFoundException($"No reminder text '{key}'.");

    public static string Format(string key, CultureInfo culture, params object[] args) => string.Format(culture, Get(key, culture), args);

    /// <summary>Every key (from the neutral resource set), for tests.</summary>
    public static IReadOnlyCollection<string> Keys =>
        [.. Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key)];
}
