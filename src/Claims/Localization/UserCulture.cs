using System.Globalization;
using System.Net.Http.Headers;

namespace CoopAssistant.Claims.Localization;

/// <summary>
/// The one rule that picks the language a person is answered in, on every surface (chat, cards, reminders, the tab, the
/// add-in, sign-in pages, the claim package). CoopAssistant speaks en-US and pt-BR: any Portuguese tag ("pt", "pt-PT",
/// "pt_BR") is pt-BR, any English tag is en-US, any other language is not a match and the next source is asked.
/// </summary>
/// <remarks>
/// The order (<see cref="Resolve"/>), first match wins:
/// <list type="number">
/// <item>the activity's <c>locale</c> (the Teams client's language for this turn);</item>
/// <item>the user's setting: the locale stored with the person's conversation (reminders, background work);</item>
/// <item>the request's <c>Accept-Language</c>, by quality (the tab and the add-in send the page language in it);</item>
/// <item>Office's display language (the add-in's <c>Office.context.displayLanguage</c>);</item>
/// <item>the tenant's default language, then <see cref="English"/>.</item>
/// </list>
/// </remarks>
public static class UserCulture
{
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo Portuguese { get; } = CultureInfo.GetCultureInfo("pt-BR");

    public static IReadOnlyList<CultureInfo> Supported { get; } = [English, Portuguese];

    /// <summary>The first source, in the documented order, that names a language CoopAssistant speaks; else en-US.</summary>
    public static CultureInfo Resolve(CultureSources sources) =>
        Match(sources.ActivityLocale)
        ?? Match(sources.UserSetting)
        ?? FromAcceptLanguageOrNull(sources.AcceptLanguage)
        ?? Match(sources.OfficeDisplayLanguage)
        ?? Match(sources.TenantDefault)
        ?? English;

    /// <summary>One language tag (an activity or stored locale): pt-BR for Portuguese, else en-US.</summary>
    public static CultureInfo FromTag(string? tag) => Match(tag) ?? English;

    /// <summary>An <c>Accept-Language</c> header: its best-quality language that CoopAssistant speaks; else en-US.</summary>
    public static CultureInfo FromAcceptLanguage(string? header) => FromAcceptLanguageOrNull(header) ?? English;

    /// <summary>The supported culture a culture's texts are read in (pt-BR for any Portuguese culture, else en-US).</summary>
    public static CultureInfo Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return IsPortuguese(culture) ? Portuguese : English;
    }

    public static bool IsPortuguese(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return string.Equals(culture.TwoLetterISOLanguageName, "pt", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>pt-BR for a Portuguese tag, en-US for an English one, null for anything else (empty, "fr-FR", "*").</summary>
    public static CultureInfo? Match(string? tag)
    {
        var trimmed = tag?.Trim() ?? "";
        if (trimmed.Length < 2 || (trimmed.Length > 2 && trimmed[2] is not ('-' or '_')))
        {
            return null;
        }

        var language = trimmed[..2];
        return string.Equals(language, "pt", StringComparison.OrdinalIgnoreCase) ? Portuguese
            : string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? English
            : null;
    }

    private static CultureInfo? FromAcceptLanguageOrNull(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        CultureInfo? best = null;
        var bestQuality = 0.0;
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!StringWithQualityHeaderValue.TryParse(part, out var language))
            {
                continue;
            }

            var quality = language.Quality ?? 1.0;
            if (Match(language.Value) is { } culture && quality > bestQuality)
            {
                (best, bestQuality) = (culture, quality);
            }
        }

        return best;
    }
}

/// <summary>What is known about a person's language, one field per source of <see cref="UserCulture.Resolve"/>.</summary>
public readonly record struct CultureSources(
    string? ActivityLocale = null,
    string? UserSetting = null,
    string? AcceptLanguage = null,
    string? OfficeDisplayLanguage = null,
    string? TenantDefault = null);
