using System.Net;

namespace CoopAssistant.TestKit.App.Corpus;

/// <summary>HTML invoices for Chromium to print: a table layout, a two-column grid, a US-style "amount due" invoice.</summary>
public static class HtmlInvoices
{
    public static string Table(IEnumerable<string> lines, string font = "DejaVu Sans") => Page(font, $"""
        <table>{string.Concat(lines.Select(Row))}</table>
        """);

    public static string Grid(IEnumerable<string> lines, string font = "Liberation Serif") => Page(font, $"""
        <div class="grid">{string.Concat(lines.Select(Cell))}</div>
        """);

    public static string Paragraphs(IEnumerable<string> lines, string font = "Liberation Sans") => Page(font, string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>")));

    private static string Row(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0
            ? $"<tr><th>{WebUtility.HtmlEncode(line[..colon])}</th><td>{WebUtility.HtmlEncode(line[(colon + 2)..])}</td></tr>"
            : $"<tr><td colspan=\"2\" class=\"section\">{WebUtility.HtmlEncode(line)}</td></tr>";
    }

    private static string Cell(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0
            ? $"<div class=\"label\">{WebUtility.HtmlEncode(line[..colon])}</div><div>{WebUtility.HtmlEncode(line[(colon + 2)..])}</div>"
            : $"<div class=\"wide\">{WebUtility.HtmlEncode(line)}</div>";
    }

    private static string Page(string font, string body) => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><style>
          body { font-family: '{{font}}'; font-size: 11pt; margin: 24mm; color: #222; }
          table { border-collapse: collapse; width: 100%; }
          th { text-align: left; width: 45%; padding: 3px 6px; font-weight: bold; border-bottom: 1px solid #ccc; }
          td { padding: 3px 6px; border-bottom: 1px solid #ccc; }
          .section { font-weight: bold; background: #eee; }
          .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 16px; }
          .label { font-weight: bold; }
          .wide { grid-column: 1 / span 2; font-weight: bold; margin-top: 6px; }
        </style></head><body>{{body}}</body></html>
        """;
}
