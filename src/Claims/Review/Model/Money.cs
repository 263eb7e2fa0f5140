using System.Globalization;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Claims.Review;

/// <summary>An amount in an ISO 4217 currency.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    /// <summary>"BRL 12.345,67" in pt-BR, "USD 12,345.67" in en-US, "JPY 18,750" (no minor unit, no decimals): the code
    /// first, so no symbol is ambiguous.</summary>
    public string Format(CultureInfo culture) => Currency + " " + Amount.ToString(CurrencyDigits.NumberFormat(Currency), culture);

    public override string ToString() => Format(CultureInfo.InvariantCulture);
}
