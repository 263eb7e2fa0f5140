using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace CoopAssistant.Claims.Funds;

/// <summary>The column map of a funds file: the header names each column may have (English or Portuguese, any case and accents),
/// which columns are required, and which language the header is written in (it decides how dates and amounts are read).</summary>
internal static class FundCsvColumns
{
    public const string Program = "program";
    public const string Location = "location";
    public const string Start = "usageStart";
    public const string End = "usageEnd";
    public const string Amount = "amount";
    public const string Currency = "currency";

    public static readonly string[] Required = [Program, Start, End, Amount, Currency];

    private static readonly FrozenDictionary<string, (string Column, bool Portuguese)> Headers = new Dictionary<string, (string, bool)>
    {
        ["program"] = (Program, false), ["incentiveprogram"] = (Program, false),
        ["programa"] = (Program, true), ["programadeincentivo"] = (Program, true),
        ["location"] = (Location, false), ["partnerlocation"] = (Location, false),
        ["localizacao"] = (Location, true), ["local"] = (Location, true), ["localizacaodoparceiro"] = (Location, true),
        ["usagestart"] = (Start, false), ["usageperiodstart"] = (Start, false), ["start"] = (Start, false),
        ["inicio"] = (Start, true), ["iniciodoperiododeuso"] = (Start, true), ["iniciodouso"] = (Start, true), ["iniciodoperiodo"] = (Start, true),
        ["usageend"] = (End, false), ["usageperiodend"] = (End, false), ["end"] = (End, false),
        ["fim"] = (End, true), ["fimdoperiododeuso"] = (End, true), ["fimdouso"] = (End, true), ["fimdoperiodo"] = (End, true), ["termino"] = (End, true),
        ["amount"] = (Amount, false), ["fundamount"] = (Amount, false), ["funds"] = (Amount, false),
        ["valor"] = (Amount, true), ["montante"] = (Amount, true), ["valordofundo"] = (Amount, true), ["fundos"] = (Amount, true),
        ["currency"] = (Currency, false), ["moeda"] = (Currency, true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="header"/> names every required column.</summary>
    public static bool HasRequired(IEnumerable<string> header)
    {
        var known = header.Select(h => Headers.TryGetValue(Key(h), out var c) ? c.Column : null).ToHashSet(StringComparer.Ordinal);
        return Required.All(known.Contains);
    }

    /// <summary>Each known column's cell index (the first header naming it wins) and the header's language: Portuguese when
    /// more of the known names are Portuguese than English.</summary>
    public static FundCsvHeader Map(IReadOnlyList<string> header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var portuguese = 0;
        var english = 0;
        for (var i = 0; i < header.Count; i++)
        {
            if (Headers.TryGetValue(Key(header[i]), out var known) && !columns.ContainsKey(known.Column))
            {
                columns[known.Column] = i;
                if (known.Portuguese)
                {
                    portuguese++;
                }
                else
                {
                    english++;
                }
            }
        }

        return new FundCsvHeader(columns, header.Count, portuguese > english ? "pt-BR" : "en-US");
    }

    /// <summary>The column of a <see cref="FundValidator"/> field.</summary>
    public static string Of(string field) => field switch
    {
        FundFields.Program => Program,
        FundFields.Location => Location,
        FundFields.UsageStart => Start,
        FundFields.UsageEnd => End,
        FundFields.Amount => Amount,
        _ => Currency,
    };

    /// <summary>Lower case, no accents, letters and digits only ("Início do período de uso" → "iniciodoperiododeuso").</summary>
    public static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}

/// <summary>A funds file's header: where each known column is, how many cells a line has, and the language of the names
/// (Portuguese: day-first dates and comma decimals; English: month-first dates and point decimals).</summary>
internal sealed record FundCsvHeader(IReadOnlyDictionary<string, int> Columns, int CellCount, string Language)
{
    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(Language);

    public bool DayFirst { get; } = Language == "pt-BR";

    public IEnumerable<string> Missing => FundCsvColumns.Required.Where(c => !Columns.ContainsKey(c));
}
