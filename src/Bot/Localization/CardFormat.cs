using System.Globalization;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Bot.Localization;

/// <summary>Dates and amounts written for the user's culture (en-US or pt-BR).</summary>
public static class CardFormat
{
    /// <summary>The culture's short date: 11/24/2026 (en-US), 24/11/2026 (pt-BR).</summary>
    public static string Date(DateOnly date, CultureInfo culture) => date.ToString("d", culture);

    /// <summary>A documentation request's respond-by date; one the person did not enter is the default's and says so
    /// ("12/20/2026 (assumed: 30 days)"): the claim card, the reminders and the digest all write it this way.</summary>
    public static string RespondBy(DateOnly respondBy, int? assumedDays, CultureInfo culture) =>
        assumedDays is { } days ? BotText.For(culture).Format(nameof(Strings.RespondByAssumed), Date(respondBy, culture), days) : Date(respondBy, culture);

    /// <summary>
    /// An amount in an ISO 4217 currency: with the culture's own symbol when the currency is the culture's
    /// ("$1,234.50", "R$ 1.234,50"), otherwise code and number in the culture's digits ("EUR 1,234.50", "USD 1.234,50").
    /// </summary>
    public static string Amount(decimal amount, string currency, CultureInfo culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        ArgumentNullException.ThrowIfNull(culture);
        var code = currency.Trim().ToUpperInvariant();
        var digits = CurrencyDigits.For(code);
        if (!culture.IsNeutralCulture && string.Equals(new RegionInfo(culture.Name).ISOCurrencySymbol, code, StringComparison.Ordinal))
        {
            return amount.ToString("C" + digits.ToString(CultureInfo.InvariantCulture), culture);
        }

        return code + " " + amount.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), culture);
    }

    /// <summary>"12 days left", "due today", "3 days overdue" (and the pt-BR forms) for a signed number of days.</summary>
    public static string DaysLeft(int days, CultureInfo culture)
    {
        var text = BotText.For(culture);
        return days switch
        {
            > 0 => text.Format(nameof(Strings.DeadlineDaysLeft), days),
            0 => text[nameof(Strings.DeadlineDueToday)],
            _ => text.Format(nameof(Strings.DeadlineOverdueDays), -(long)days),
        };
    }
}
