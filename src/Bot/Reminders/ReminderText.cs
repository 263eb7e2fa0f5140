using CoopAssistant.Claims.Localization;
using System.Globalization;
using System.Resources;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Reminders;

/// <summary>The reminder cards' texts, from <c>ReminderStrings.resx</c> (en-US) and <c>ReminderStrings.pt-BR.resx</c>.</summary>
public static class ReminderText
{
    private static readonly ResourceManager Resources = new("CoopAssistant.Bot.Reminders.ReminderStrings", typeof(ReminderText).Assembly);
    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, UserCulture.Of(culture ?? UserCulture.English))
        ?? throw new KeyNotFoundException($"No reminder text '{key}'.");

    public static string Format(string key, CultureInfo culture, params object[] args) => TextFormat.Format(culture, Get(key, culture), args);

    /// <summary>Every key (from the neutral resource set), for tests.</summary>
    public static IReadOnlyCollection<string> Keys =>
        [.. Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key)];
}
