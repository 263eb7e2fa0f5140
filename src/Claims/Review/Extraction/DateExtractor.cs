using System.Globalization;
using System.Text.RegularExpressions;

namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>Dates in both languages' formats: 15/03/2026, 15.03.2026, 2026-03-15, 15 de março de 2026, March 15, 2026,
/// Mar 15, 2026, 15 March 2026, 03/15/2026; month-year after "Competência" (03/2026). A day/month pair that reads both
/// ways (03/04/2026) is resolved by the document's language (day first in Portuguese or unknown, month first in English)
/// and marked as assumed. Each date takes its role from the nearest label before it on its line, or from a label that
/// stands alone on the line above.</summary>
internal static class DateExtractor
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex NumericDate = new(@"\b(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{2,4})\b", Options);

    private static readonly Regex PortugueseLong = new(
        @"\b(\d{1,2})\s*(?:º\s*)?de\s+(janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\s+de\s+(\d{4})\b", Options);

    private static readonly Regex EnglishMonthFirst = new(
        @"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", Options);

    private static readonly Regex EnglishDayFirst = new(
        @"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?,?\s+(\d{4})\b", Options);

    private static readonly Regex MonthYear = new(@"\b(\d{1,2})/(\d{4})\b", Options);

    private static readonly LabelSet<DateRole> Labels = new(
    [
        new("data de emissao", DateRole.Issue), new("data da emissao", DateRole.Issue), new("data e hora de emissao", DateRole.Issue),
        new("data e hora da emissao", DateRole.Issue), new("emissao", DateRole.Issue), new("emitida em", DateRole.Issue),
        new("data da fatura", DateRole.Issue), new("invoice date", DateRole.Issue), new("date of issue", DateRole.Issue),
        new("issue date", DateRole.Issue), new("issued on", DateRole.Issue), new("issued", DateRole.Issue), new("date", DateRole.Issue),
        new("data", DateRole.Issue), new("dated", DateRole.Issue), new("invoice", DateRole.Issue), new("fatura", DateRole.Issue),
        new("vencimento", DateRole.Due), new("data de vencimento", DateRole.Due), new("due date", DateRole.Due), new("due", DateRole.Due),
        new("payment due", DateRole.Due), new("pagar ate", DateRole.Due), new("valid until", DateRole.Due), new("validade", DateRole.Due),
        new("competencia", DateRole.Competence), new("mes de competencia", DateRole.Competence),
        new("data do evento", DateRole.Execution), new("data de execucao", DateRole.Execution), new("data da execucao", DateRole.Execution),
        new("data de realizacao", DateRole.Execution), new("realizado em", DateRole.Execution), new("realizada em", DateRole.Execution),
        new("event date", DateRole.Execution), new("date of execution", DateRole.Execution), new("execution date", DateRole.Execution),
        new("date of event", DateRole.Execution), new("held on", DateRole.Execution), new("campaign date", DateRole.Execution),
        new("data da campanha", DateRole.Execution), new("veiculado em", DateRole.Execution), new("published on", DateRole.Execution),
        new("run date", DateRole.Execution), new("sent on", DateRole.Execution), new("enviado em", DateRole.Execution),
        new("completion date", DateRole.Execution), new("data de conclusao", DateRole.Execution), new("completed on", DateRole.Execution),
    ]);

    private static readonly string[] PortugueseMonths =
        ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];

    public static List<ExtractedDate> Extract(DocumentLines lines, DocumentLanguage language)
    {
        var dates = new List<ExtractedDate>();
        LabelHit<DateRole>? pending = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Original[i];
            var hits = Labels.Find(lines.Folded[i]);
            var found = Find(line, language);
            foreach (var (start, date, text, assumed) in found)
            {
                var label = hits.LastOrDefault(h => h.End <= start);
                var role = label.Phrase is not null ? label.Meaning : pending?.Meaning ?? DateRole.Other;
                dates.Add(new(date, role, text, assumed));
            }

            // A label with no date after it on its line names the date on the next line (label-above-value layouts).
            pending = found.Count == 0 && hits.Count > 0 ? hits[^1] : null;
        }

        return dates;
    }

    private static List<(int Start, DateOnly Date, string Text, bool Assumed)> Find(string line, DocumentLanguage language)
    {
        var found = new List<(int, DateOnly, string, bool)>();
        foreach (Match m in NumericDate.Matches(line))
        {
            if (ParseNumeric(m, language) is { } parsed)
            {
                found.Add((m.Index, parsed.Date, m.Value, parsed.Assumed));
            }
        }

        foreach (Match m in PortugueseLong.Matches(line))
        {
            var month = Array.IndexOf(PortugueseMonths, TextFold.Fold(m.Groups[2].Value)) + 1;
            Add(found, m, Int(m.Groups[3]), month, Int(m.Groups[1]));
        }

        foreach (Match m in EnglishMonthFirst.Matches(line))
        {
            Add(found, m, Int(m.Groups[3]), EnglishMonth(m.Groups[1].Value), Int(m.Groups[2]));
        }

        foreach (Match m in EnglishDayFirst.Matches(line))
        {
            Add(found, m, Int(m.Groups[3]), EnglishMonth(m.Groups[2].Value), Int(m.Groups[1]));
        }

        foreach (Match m in MonthYear.Matches(line))
        {
            // Only a competence month ("Competência: 03/2026") is a month-year date; the first day stands for it.
            if (TextFold.Fold(line[..m.Index]).Contains("competencia", StringComparison.Ordinal)
                && !found.Any(f => m.Index >= f.Item1 && m.Index < f.Item1 + f.Item3.Length))
            {
                Add(found, m, Int(m.Groups[2]), Int(m.Groups[1]), 1);
            }
        }

        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }

    private static (DateOnly Date, bool Assumed)? ParseNumeric(Match m, DocumentLanguage language)
    {
        var a = m.Groups[1].Value;
        var b = Int(m.Groups[2]);
        var c = m.Groups[3].Value;
        if (a.Length == 4)
        {
            return c.Length <= 2 && Make(int.Parse(a, CultureInfo.InvariantCulture), b, int.Parse(c, CultureInfo.InvariantCulture)) is { } iso ? (iso, false) : null;
        }

        if (a.Length > 2 || c.Length == 3)
        {
            return null;
        }

        var first = int.Parse(a, CultureInfo.InvariantCulture);
        var year = int.Parse(c, CultureInfo.InvariantCulture);
        year = c.Length == 2 ? 2000 + year : year;
        var dayFirst = Make(year, b, first);
        var monthFirst = Make(year, first, b);
        return (dayFirst, monthFirst) switch
        {
            ({ } d, null) => (d, false),
            (null, { } mf) => (mf, false),
            ({ } d, { } mf) when d == mf => (d, false),
            ({ } d, { } mf) => language == DocumentLanguage.English ? (mf, true) : (d, true),
            _ => null,
        };
    }

    private static void Add(List<(int, DateOnly, string, bool)> found, Match m, int year, int month, int day)
    {
        if (Make(year, month, day) is { } date)
        {
            found.Add((m.Index, date, m.Value, false));
        }
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int EnglishMonth(string name) => TextFold.Fold(name)[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
        _ => 0,
    };

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);
}
