using System.Globalization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <summary>
/// The caps of a claim's activity type (<see cref="ActivityTypeCatalog"/>) in the claim's language, for its card: each one said,
/// with what is and is not checked here. A USD limit on a claim in another currency is stated as a USD limit ("cap US$ 18,750 per
/// usage period; this claim is in BRL — check the converted amount yourself") rather than left out; a share of the co-op funds is
/// stated when no fund is known for the claim; attendee and per-person limits are always stated (the claim records neither).
/// </summary>
public static class CapNotes
{
    public static IReadOnlyList<string> For(ActivityType type, string currency, bool fundKnown, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(currency);
        ArgumentNullException.ThrowIfNull(culture);
        if (!Enum.IsDefined(type))
        {
            return [];
        }

        var notes = new List<string>();
        foreach (var cap in ActivityTypeCatalog.Get(type).Caps)
        {
            var note = cap.Kind switch
            {
                CapKind.AmountPerUsagePeriod => Format("Cap.PerUsagePeriod", culture, Money(cap, culture)) + Converted(cap, currency, culture),
                CapKind.AmountPerPerson => Format("Cap.PerPerson", culture, Money(cap, culture)) + Converted(cap, currency, culture),
                CapKind.Attendees => Format("Cap.Attendees", culture, cap.Count ?? 0),
                CapKind.ShareOfFunds => Format("Cap.ShareOfFunds", culture, Percent(cap.Share, culture), Percent(cap.SurfaceShare ?? cap.Share, culture)) + Unchecked(fundKnown, culture),
                _ => Format("Cap.GreaterOfShareOrAmount", culture, Percent(cap.Share, culture), Money(cap, culture)) + Unchecked(fundKnown, culture),
            };
            notes.Add(note);
        }

        return notes;
    }

    private static string Converted(ActivityCap cap, string currency, CultureInfo culture) =>
        string.Equals(cap.Currency, currency, StringComparison.OrdinalIgnoreCase) ? "" : " " + Format("Cap.OtherCurrency", culture, currency);

    private static string Unchecked(bool fundKnown, CultureInfo culture) => fundKnown ? "" : " " + ClaimTexts.Get("Cap.NoFund", culture);

    /// <summary>"US$ 18,750" / "US$ 18.750": the limit's own currency, grouped as the language writes numbers (no invisible characters).</summary>
    private static string Money(ActivityCap cap, CultureInfo culture)
    {
        var symbol = string.Equals(cap.Currency, "USD", StringComparison.Ordinal) ? "US$" : cap.Currency;
        return symbol + " " + (cap.Amount ?? 0m).ToString("#,0.##", culture);
    }

    private static string Percent(decimal? share, CultureInfo culture) => ((share ?? 0m) * 100m).ToString("0.##", culture) + "%";

    private static string Format(string key, CultureInfo culture, params object[] values) => ClaimTexts.Resources.Format(key, culture, values);
}
