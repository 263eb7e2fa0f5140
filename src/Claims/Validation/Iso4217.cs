using System.Collections.Frozen;

namespace CoopAssistant.Claims.Validation;

/// <summary>Active ISO 4217 currency codes with their minor units (precious metals, test and "no currency" codes excluded).</summary>
public static class Iso4217
{
    private const string TwoDecimals =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW " +
        "CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS " +
        "INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN " +
        "NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC " +
        "SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";

    private const string ZeroDecimals = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";

    private const string ThreeDecimals = "BHD IQD JOD KWD LYD OMR TND";

    private const string FourDecimals = "CLF UYW";

    private static readonly FrozenDictionary<string, int> MinorUnitsByCode =
        Parse(TwoDecimals, 2).Concat(Parse(ZeroDecimals, 0)).Concat(Parse(ThreeDecimals, 3)).Concat(Parse(FourDecimals, 4))
            .ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>True for an active ISO 4217 code in upper case (e.g. "USD", "BRL").</summary>
    public static bool IsKnown(string? code) => code is not null && MinorUnitsByCode.ContainsKey(code);

    /// <summary>The number of decimal places the currency has (0 for JPY), or null for an unknown code.</summary>
    public static int? MinorUnits(string? code) => code is not null && MinorUnitsByCode.TryGetValue(code, out var units) ? units : null;

    private static IEnumerable<KeyValuePair<string, int>> Parse(string codes, int minorUnits) =>
        codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => KeyValuePair.Create(c, minorUnits));
}
