using System.Text.RegularExpressions;

namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>Tax ids on a line: Brazilian CNPJ (numeric, and the alphanumeric form valid from July 2026) with its two check
/// digits verified, and VAT/EIN-like ids after their label (VAT, Tax ID, EIN, TIN, ABN, GST, NIF, CUIT, RFC).</summary>
internal static class TaxIds
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex FormattedCnpj = new(@"\b[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-[0-9]{2}\b", Options);

    private static readonly LabelSet<bool> CnpjLabels = new([new("cnpj", true), new("cnpj/mf", true), new("cnpj/cpf", true)]);

    private static readonly LabelSet<bool> OtherLabels = new(
    [
        new("vat", true), new("vat no", true), new("vat number", true), new("vat id", true), new("vat reg no", true),
        new("vat registration number", true), new("tax id", true), new("tax number", true), new("federal tax id", true),
        new("tin", true), new("ein", true), new("abn", true), new("gst", true), new("gstin", true), new("nif", true),
        new("cuit", true), new("rfc", true), new("uid", true), new("inscricao estadual", false), new("inscricao municipal", false),
    ]);

    /// <summary>Ids on the line: valid ones (normalised) and CNPJs whose check digits are wrong (as found).</summary>
    public static (List<string> Valid, List<string> Invalid) OnLine(string line, string folded)
    {
        var valid = new List<string>();
        var invalid = new List<string>();
        foreach (Match m in FormattedCnpj.Matches(line))
        {
            AddCnpj(m.Value);
        }

        foreach (var label in CnpjLabels.Find(folded))
        {
            // An unformatted CNPJ after its label: 14 letters and digits in a row.
            var token = TokenAfter(line, label.End);
            if (token.Length == 14 && token.All(char.IsAsciiLetterOrDigit))
            {
                AddCnpj(token);
            }
        }

        foreach (var label in OtherLabels.Find(folded))
        {
            if (!label.Meaning)
            {
                continue;
            }

            var key = TextFold.IdKey(TokenAfter(line, label.End, allowSpacedDigits: true));
            if (key.Count(char.IsAsciiDigit) >= 6 && key.Length <= 20 && !valid.Contains(key))
            {
                valid.Add(key);
            }
        }

        return (valid, invalid);

        void AddCnpj(string found)
        {
            var key = TextFold.IdKey(found);
            if (IsValidCnpj(key))
            {
                if (!valid.Contains(key))
                {
                    valid.Add(key);
                }
            }
            else if (!invalid.Contains(found))
            {
                invalid.Add(found);
            }
        }
    }

    /// <summary>A tax id key as people write it: a CNPJ as 12.345.678/0001-95, anything else as is.</summary>
    public static string Display(string key) =>
        IsValidCnpj(key) ? $"{key[..2]}.{key[2..5]}.{key[5..8]}/{key[8..12]}-{key[12..]}" : key;

    /// <summary>CNPJ check digits (Receita Federal): weights 5..2,9..2 then 6..2,9..2 over the first 12 and 13 characters,
    /// each character's value its code minus 48 (digits 0-9, letters A=17... for the alphanumeric CNPJ).</summary>
    public static bool IsValidCnpj(string key)
    {
        if (key.Length != 14 || !char.IsAsciiDigit(key[12]) || !char.IsAsciiDigit(key[13]) || key.Distinct().Count() == 1)
        {
            return false;
        }

        for (var i = 0; i < 12; i++)
        {
            if (!char.IsAsciiDigit(key[i]) && !char.IsAsciiLetterUpper(key[i]))
            {
                return false;
            }
        }

        return CheckDigit(key, 12) == key[12] - '0' && CheckDigit(key, 13) == key[13] - '0';
    }

    private static int CheckDigit(string key, int length)
    {
        var sum = 0;
        var weight = length - 7; // 5 for the first digit (12 chars), 6 for the second (13 chars)
        for (var i = 0; i < length; i++)
        {
            sum += (key[i] - '0') * weight;
            weight = weight == 2 ? 9 : weight - 1;
        }

        var rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }

    /// <summary>The id-like token after a label: skips ":", "#", "no.", "nº" and blanks; letters, digits, dots, slashes and
    /// dashes (and, for VAT-style ids, further groups of digits after a blank).</summary>
    private static string TokenAfter(string line, int index, bool allowSpacedDigits = false)
    {
        var i = index;
        while (i < line.Length && (line[i] is ' ' or ':' or '#' or '.' or '-' or 'º' or '°'
            || (i + 1 < line.Length && (line[i] is 'n' or 'N') && line[i + 1] is 'o' or 'º' or '°' or '.' && (i + 2 >= line.Length || !char.IsLetter(line[i + 2])))))
        {
            i += line[i] is 'n' or 'N' ? 2 : 1;
        }

        var start = i;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '.' or '/' or '-'
            || (allowSpacedDigits && line[i] == ' ' && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]) && i > start)))
        {
            i++;
        }

        return line[start..i].TrimEnd('.', '-', '/');
    }
}
