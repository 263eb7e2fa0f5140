using System.Globalization;

namespace CoopAssistant.Claims.Review;

/// <summary>An amount in an ISO 4217 currency.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    /// <summary>"BRL 12.345,67" in pt-BR, "USD 12,345.67" in en-US: the code first, so no symbol is ambiguous.</summary>
    public string Format(CultureInfo culture) => Currency + " " + Amount.ToString("N2", culture);

    public override string ToString() => Format(CultureInfo.InvariantCulture);
}
