using System.Globalization;
using System.Text.RegularExpressions;

namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>Amounts with their currency in both languages' formats (R$ 12.345,67 · US$ 1,234.56 · $1,234.56 ·
/// USD 1,234.56 · 1.234,56 BRL · EUR 99,00 · € 99,00), and which one the document gives as its total: the amount after
/// the highest-ranked total label (Valor total da nota, Grand total, Amount due, Valor total, Total, Valor líquido...),
/// on the label's line or alone on the next line. Amounts without a currency take the document's (the one it names most).</summary>
internal static class MoneyExtractor
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex Amount = new(
        @"(R\$|US\$|U\$|\$|€|£|\b(?:USD|BRL|EUR|GBP|CAD|AUD|MXN|ARS|CLP|COP|JPY|CHF)\b)?\s?(-?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|-?\d+(?:[.,]\d{1,2})?)(?:\s?\b(USD|BRL|EUR|GBP|CAD|AUD|MXN|ARS|CLP|COP|JPY|CHF)\b)?",
        Options);

    private static readonly LabelSet<int> TotalLabels = new(
    [
        new("valor total da nota", 10), new("valor total da nfs-e", 10), new("valor total da nfse", 10), new("valor total da nf-e", 10),
        new("valor total do documento", 9), new("valor total declarado", 9), new("grand total", 9), new("total amount due", 9),
        new("invoice total", 8), new("amount due", 8), new("total due", 8), new("balance due", 8), new("total amount", 8),
        new("valor total dos servicos", 8), new("valor total do servico", 8), new("total da fatura", 8), new("total geral", 8),
        new("valor total", 7), new("total cost", 7), new("custo total", 7), new("total a pagar", 7), new("valor a pagar", 6),
        new("total", 5), new("valor liquido da nota", 4), new("valor liquido da nfs-e", 4), new("valor liquido", 3),
        new("valor dos servicos", 6), new("valor do servico", 4), new("amount", 2),
    ]);

    /// <summary>Lines that name a total that is not the document's (a subtotal, the taxes' total).</summary>
    private static readonly LabelSet<bool> NotTheTotal = new(
    [
        new("subtotal", true), new("sub-total", true), new("sub total", true), new("total tax", true), new("tax total", true),
        new("total de tributos", true), new("total dos tributos", true), new("valor total dos tributos", true),
        new("total aproximado dos tributos", true), new("total de impostos", true), new("total impostos", true),
        new("valor total dos impostos", true), new("total deducoes", true), new("total das deducoes", true), new("vat total", true),
        new("total vat", true), new("total retido", true), new("total discount", true), new("total desconto", true),
    ]);

    /// <summary>The amounts on a line, in order, with where each starts and ends.</summary>
    public static List<(int Start, int End, decimal Value, string? Currency, string Found)> OnLine(string line)
    {
        var amounts = new List<(int, int, decimal, string?, string)>();
        foreach (Match m in Amount.Matches(line))
        {
            var currency = Currency(m.Groups[1].Value) ?? Currency(m.Groups[3].Value);
            var number = m.Groups[2].Value;
            var hasDecimals = HasDecimals(number);
            if ((currency is null && !hasDecimals) || Parse(number) is not { } value)
            {
                continue;
            }

            amounts.Add((m.Index, m.Index + m.Length, value, currency, m.Value.Trim()));
        }

        return amounts;
    }

    /// <summary>The currency the document names most often, if it names any.</summary>
    public static string? DominantCurrency(DocumentLines lines) =>
        lines.Original
            .SelectMany(OnLine)
            .Where(a => a.Currency is not null)
            .GroupBy(a => a.Currency!)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();

    public static ExtractedAmount? Total(DocumentLines lines, string? documentCurrency)
    {
        (int Rank, int Line, ExtractedAmount Amount)? best = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var folded = lines.Folded[i];
            if (NotTheTotal.Find(folded).Count > 0)
            {
                continue;
            }

            var labels = TotalLabels.Find(folded);
            if (labels.Count == 0)
            {
                continue;
            }

            var amounts = OnLine(lines.Original[i]);
            foreach (var label in labels)
            {
                var after = amounts.Where(a => a.Start >= label.End).ToList();
                var candidate = after.Count > 0 ? after[0] : NextLineAlone(lines, i, label, labels);
                if (candidate is not { } amount || (amount.Currency ?? documentCurrency) is not { } currency)
                {
                    continue;
                }

                if (best is null || label.Meaning > best.Value.Rank || (label.Meaning == best.Value.Rank && i >= best.Value.Line))
                {
                    var text = lines.Original[i].Substring(label.Start, label.End - label.Start);
                    best = (label.Meaning, i, new ExtractedAmount(new Money(amount.Value, currency), text, amount.Found));
                }
            }
        }

        return best?.Amount;
    }

    private static (int, int, decimal Value, string? Currency, string Found)? NextLineAlone(
        DocumentLines lines, int index, LabelHit<int> label, List<LabelHit<int>> labels)
    {
        // "Total" alone at the end of its line, and the next line holds just one amount.
        if (label.End < lines.Folded[index].TrimEnd(' ', ':').Length || label.Start != labels[^1].Start || index + 1 >= lines.Count)
        {
            return null;
        }

        var next = lines.Original[index + 1];
        var amounts = OnLine(next);
        return amounts.Count == 1 && amounts[0].Found.Length >= next.Trim().Length - 1 ? amounts[0] : null;
    }

    private static string? Currency(string marker) => marker.ToUpperInvariant() switch
    {
        "" => null,
        "R$" => "BRL",
        "US$" or "U$" or "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        var code => code,
    };

    private static bool HasDecimals(string number)
    {
        var last = number.LastIndexOfAny(['.', ',']);
        return last >= 0 && number.Length - last - 1 is 1 or 2;
    }

    /// <summary>Parses "12.345,67", "1,234.56", "99,00", "1234" (the separator followed by one or two digits at the end
    /// is the decimal one; the others group thousands).</summary>
    internal static decimal? Parse(string number)
    {
        var negative = number.StartsWith('-');
        var digits = negative ? number[1..] : number;
        var last = digits.LastIndexOfAny(['.', ',']);
        string integer, fraction;
        if (last >= 0 && digits.Length - last - 1 is 1 or 2)
        {
            integer = digits[..last];
            fraction = digits[(last + 1)..];
        }
        else
        {
            integer = digits;
            fraction = string.Empty;
        }

        var plain = integer.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        if (plain.Length is 0 or > 15 || !decimal.TryParse(plain + (fraction.Length > 0 ? "." + fraction : string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return negative ? -value : value;
    }
}
