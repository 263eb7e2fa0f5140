using CoopAssistant.Claims.Review.Extraction;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Partner;

/// <summary>What a legal name and a tax id of the partner may be, and how they are compared: names by their company key (case,
/// accents, punctuation and legal forms such as Ltda or Inc. ignored, as the review compares issuers), tax ids by their letters
/// and digits; a CNPJ (14 characters) must have valid check digits.</summary>
public static class PartnerIdentityRules
{
    public const int ValueMaxLength = 200;
    public const int MaxEntries = 10;

    /// <summary>The entries of one kind, trimmed, blank lines dropped, duplicates (by normalised value) kept once; or why not.</summary>
    public static (IReadOnlyList<(string Value, string Normalized)> Entries, ClaimErrorCode? Error) Check(PartnerIdentityKind kind, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var entries = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in values)
        {
            var value = raw?.Trim() ?? string.Empty;
            if (value.Length == 0)
            {
                continue;
            }

            var (normalized, error) = kind == PartnerIdentityKind.LegalName ? Name(value) : TaxId(value);
            if (error is not null)
            {
                return ([], error);
            }

            if (seen.Add(normalized!))
            {
                entries.Add((kind == PartnerIdentityKind.TaxId && TaxIds.IsValidCnpj(normalized!) ? TaxIds.Display(normalized!) : value, normalized!));
            }
        }

        return entries.Count > MaxEntries ? ([], ClaimErrorCode.PartnerTooManyEntries) : (entries, null);
    }

    private static (string? Normalized, ClaimErrorCode? Error) Name(string value)
    {
        if (value.Length is < 2 or > ValueMaxLength || value.Any(char.IsControl))
        {
            return (null, ClaimErrorCode.PartnerNameInvalid);
        }

        var key = TextFold.CompanyKey(value);
        return key.Length == 0 || key.Length > ValueMaxLength ? (null, ClaimErrorCode.PartnerNameInvalid) : (key, null);
    }

    private static (string? Normalized, ClaimErrorCode? Error) TaxId(string value)
    {
        if (value.Length > ValueMaxLength || value.Any(char.IsControl))
        {
            return (null, ClaimErrorCode.PartnerTaxIdInvalid);
        }

        var key = TextFold.IdKey(value);
        if (key.Length is < 6 or > 20 || key.Count(char.IsAsciiDigit) < 5)
        {
            return (null, ClaimErrorCode.PartnerTaxIdInvalid);
        }

        // A CNPJ: 14 characters ending in two digits, written as one (dots, slash and dash) or labelled so. Its check digits must hold.
        var looksLikeCnpj = key.Length == 14 && char.IsAsciiDigit(key[12]) && char.IsAsciiDigit(key[13])
            && (value.Contains('/', StringComparison.Ordinal) || key.All(char.IsAsciiDigit) || value.StartsWith("CNPJ", StringComparison.OrdinalIgnoreCase));
        if (looksLikeCnpj && !TaxIds.IsValidCnpj(key))
        {
            return (null, ClaimErrorCode.PartnerCnpjCheckDigits);
        }

        return (key, null);
    }
}
