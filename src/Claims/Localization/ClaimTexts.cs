using System.Globalization;
using System.Resources;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Localization;

/// <summary>en-US and pt-BR texts for error codes, evidence kinds, statuses and proof-of-execution hints, from
/// <c>ClaimStrings.resx</c> / <c>ClaimStrings.pt-BR.resx</c> (pt-BR terms follow the Partner Center pt-BR seed).
/// Any culture whose language is Portuguese gets pt-BR; everything else gets en-US.</summary>
public static class ClaimTexts
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    public static readonly CultureInfo Portuguese = CultureInfo.GetCultureInfo("pt-BR");

    private static readonly ResourceManager Resources = new("CoopAssistant.Claims.Localization.ClaimStrings", typeof(ClaimTexts).Assembly);

    public static string For(ClaimErrorCode code, CultureInfo culture) => Get($"Error.{code}", culture);

    public static string For(EvidenceKind kind, CultureInfo culture) => Get($"Evidence.{kind}", culture);

    public static string For(ClaimStatus status, CultureInfo culture) => Get($"Status.{status}", culture);

    public static string For(ActivityType type, CultureInfo culture) => Get($"Activity.{type}", culture);

    /// <summary>What counts as proof of execution for <paramref name="type"/>.</summary>
    public static string ProofHint(ActivityType type, CultureInfo culture) => Get($"ProofHint.{type}", culture);

    public static string Get(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Resources.GetString(key, IsPortuguese(culture) ? Portuguese : English) ?? key;
    }

    private static bool IsPortuguese(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "pt", StringComparison.OrdinalIgnoreCase);
}
