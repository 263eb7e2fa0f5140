using System.Collections.Concurrent;
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
    /// <summary>The resx pair behind these texts (tests walk every key).</summary>
    public static ResourceTexts Resources { get; } = new(new ResourceManager("CoopAssistant.Claims.Localization.ClaimStrings", typeof(ClaimTexts).Assembly));

    public static string For(ClaimErrorCode code, CultureInfo culture) => ForEnum("Error.", code, culture);

    public static string For(EvidenceKind kind, CultureInfo culture) => ForEnum("Evidence.", kind, culture);

    public static string For(ClaimStatus status, CultureInfo culture) => ForEnum("Status.", status, culture);

    /// <summary>The status with Partner Center's name for it, where one is known: "Additional documentation requested (Partner Center:
    /// Partner Action Required)" (<see cref="Rules.PartnerCenterStatus"/>).</summary>
    public static string WithPartnerCenterName(ClaimStatus status, CultureInfo culture) =>
        Rules.PartnerCenterStatus.NameOf(status) is { } name
            ? string.Format(culture, Get("StatusWithPartnerCenterName", culture), For(status, culture), name)
            : For(status, culture);

    public static string For(ActivityType type, CultureInfo culture) => ForEnum("Activity.", type, culture);

    /// <summary>What a history entry's person did ("recorded the approval").</summary>
    public static string For(ClaimAction action, CultureInfo culture) => ForEnum("Action.", action, culture);

    /// <summary>The name of a field in a history entry's changes (<see cref="History.HistoryChange.Field"/>); the field itself when unknown.</summary>
    public static string Field(string field, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(field);
        var text = Get("Field." + field, culture);
        return text == "Field." + field ? field : text;
    }

    /// <summary>What a claim is called when CoopAssistant itself changed it.</summary>
    public static string System(CultureInfo culture) => Get("System", culture);

    /// <summary>What counts as proof of execution for <paramref name="type"/>: the source's words; for a type whose proof the source
    /// does not list (<see cref="Rules.ActivityTypeCatalog.ListsProof"/>), its cap, then the proof marked as general advice.</summary>
    public static string ProofHint(ActivityType type, CultureInfo culture) =>
        Rules.ActivityTypeCatalog.ListsProof(type)
            ? ForEnum("ProofHint.", type, culture)
            : ForEnum("ProofHint.", type, culture) + " " + Resources.Format("ProofHint.GeneralAdvice", culture, ForEnum("ProofAdvice.", type, culture));

    public static string Get(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Resources.Find(key, culture) ?? key;
    }

    // Texts already read, per (kind of key, value, language): cards read several per turn, and the resource manager's
    // lookup (plus the key string built for it) costs more than the text itself. The resx content never changes at run time.
    private static string ForEnum<T>(string prefix, T value, CultureInfo culture)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(culture);
        var key = (prefix, value, IsPortuguese(culture));
        return EnumTexts<T>.Read.TryGetValue(key, out var text) ? text : EnumTexts<T>.Read.GetOrAdd(key, Get(prefix + value.ToString(), culture));
    }

    private static class EnumTexts<T>
        where T : struct, Enum
    {
        public static readonly ConcurrentDictionary<(string Prefix, T Value, bool Portuguese), string> Read = new();
    }

    private static bool IsPortuguese(CultureInfo culture) => UserCulture.IsPortuguese(culture);
}
