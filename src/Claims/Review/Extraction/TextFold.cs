using System.Globalization;
using System.Text;

namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>Folds text for matching labels: lower case, accents removed (é → e, ç → c), º/ª/° → o/a/o, every other
/// character kept, so a folded line has the same length and positions as the original.</summary>
internal static class TextFold
{
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => c < Table.Length ? Table[c] : char.ToLowerInvariant(c);

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>A name reduced for comparing: folded, legal-form words (Ltda, S.A., Inc, LLC...) and punctuation dropped.</summary>
    public static string CompanyKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(name).Append(' '))
        {
            if (char.IsLetterOrDigit(c) || c == '&')
            {
                current.Append(c);
            }
            else if (c is '.' or '/')
            {
                // "S.A." and "S/A" become "sa"
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        while (words.Count > 1 && LegalForms.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    private static readonly HashSet<string> LegalForms =
    [
        "ltda", "sa", "me", "epp", "eireli", "inc", "llc", "ltd", "limited", "corp", "corporation", "co", "company", "gmbh",
        "plc", "bv", "srl", "sl", "sas", "ag", "pty", "lp", "llp",
    ];

    /// <summary>Upper case letters and digits only (tax ids: "12.345.678/0001-95" → "12345678000195").</summary>
    public static string IdKey(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static char[] BuildTable()
    {
        var table = new char[0x250];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[i] = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
                ? decomposed[0]
                : lower;
        }

        table['º'] = 'o';
        table['°'] = 'o';
        table['ª'] = 'a';
        table['\u00A0'] = ' ';
        return table;
    }
}
