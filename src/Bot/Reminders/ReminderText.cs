using CoopAssistant.Claims.Localization;
using System.Globalization;
using System.Resources;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Reminders;

/// <summary>The reminder cards' texts, from <c>ReminderStrings.resx</c> (en-US) and <c>ReminderStrings.pt-BR.resx</c>.</summary>
public static class ReminderText
{
    /// <summary>The resx pair behind these texts (tests walk every key).</summary>
    public static ResourceTexts Resources { get; } = new(new ResourceManager("CoopAssistant.Bot.Reminders.ReminderStrings", typeof(ReminderText).Assembly));

    public static string Get(string key, CultureInfo culture) =>
        Resources.Find(key, culture ?? UserCulture.English)
        ?? throw new KeyNotFoundException($"No reminder text '{key}'.");

    public static string Format(string key, CultureInfo culture, params object[] args) => Resources.Format(key, culture ?? UserCulture.English, args);

    /// <summary>Every key (from the en-US resx), for tests.</summary>
    public static IReadOnlyCollection<string> Keys => [.. Resources.Entries(UserCulture.English).Keys];
}
