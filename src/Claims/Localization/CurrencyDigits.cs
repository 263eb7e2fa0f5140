namespace CoopAssistant.Claims.Localization;

/// <summary>How many decimals an ISO 4217 currency is written with: 0 for currencies without a minor unit (JPY, CLP, KRW…),
/// else 2. Every surface that writes an amount (chat cards, the review's findings, the claim package) asks here; the tab and
/// the add-in use the browser's <c>Intl.NumberFormat</c>, which knows the same ISO 4217 minor units.</summary>
public static class CurrencyDigits
{
    // ISO 4217 currencies with no minor unit that partners may plausibly use.
    private static readonly HashSet<string> NoMinorUnit = new(StringComparer.OrdinalIgnoreCase)
    {
        "JPY", "KRW", "CLP", "VND", "ISK", "PYG", "UGX", "XOF", "XAF", "XPF", "RWF", "KMF", "GNF", "DJF", "BIF", "VUV",
    };

    public static int For(string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return NoMinorUnit.Contains(currency.Trim()) ? 0 : 2;
    }

    /// <summary>The .NET number format for the currency: "N0" or "N2".</summary>
    public static string NumberFormat(string currency) => For(currency) == 0 ? "N0" : "N2";
}
