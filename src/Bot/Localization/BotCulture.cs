using System.Globalization;

namespace CoopAssistant.Bot.Localization;

/// <summary>The two cultures the bot speaks; the choice comes from the activity's <c>locale</c>.</summary>
public static class BotCulture
{
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo BrazilianPortuguese { get; } = CultureInfo.GetCultureInfo("pt-BR");

    public static IReadOnlyList<CultureInfo> Supported { get; } = [English, BrazilianPortuguese];

    /// <summary>pt-BR when <paramref name="locale"/> starts with "pt" (any case, "pt", "pt-PT", "pt_BR"), else en-US.</summary>
    public static CultureInfo FromLocale(string? locale) =>
        locale is not null && locale.TrimStart().StartsWith("pt", StringComparison.OrdinalIgnoreCase)
            ? BrazilianPortuguese
            : English;
}
