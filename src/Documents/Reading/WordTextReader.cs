using System.Text;
using CoopAssistant.Claims.Review;
using CoopAssistant.Documents.Sniffing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoopAssistant.Documents.Reading;

/// <summary>DOCX text with the Open XML SDK: each paragraph a line, each table row one line (cells two spaces apart, so a
/// label cell and its value stay together). Parts larger than the decoded-bytes allowance are refused by the SDK.</summary>
internal static class WordTextReader
{
    public static DocumentReading Read(ReadOnlyMemory<byte> content, ReadBudget budget)
    {
        if (OpenXmlLimits.TooLargeInflated(content, budget))
        {
            return new DocumentReading(DocumentReadStatus.Read, "docx", string.Empty, LimitReached: ReadLimit.DecodedBytes);
        }

        var text = new TextCollector(budget);
        using var stream = new ReadOnlyMemoryStream(content);
        using var document = WordprocessingDocument.Open(stream, false, OpenXmlLimits.Settings(budget));
        if (document.MainDocumentPart?.Document?.Body is not { } body)
        {
            return new DocumentReading(DocumentReadStatus.Read, "docx", string.Empty, 1, 1);
        }

        foreach (var element in body.ChildElements)
        {
            budget.ThrowIfOutOfTime();
            var added = element switch
            {
                Paragraph paragraph => text.AddLine(paragraph.InnerText),
                Table table => table.Elements<TableRow>().All(row => text.AddLine(Row(row))),
                _ => true,
            };
            if (!added)
            {
                break;
            }
        }

        return new DocumentReading(DocumentReadStatus.Read, "docx", text.ToString(), 1, 1, budget.Limit);
    }

    private static string Row(TableRow row)
    {
        var line = new StringBuilder();
        foreach (var cell in row.Elements<TableCell>())
        {
            if (line.Length > 0)
            {
                line.Append("  ");
            }

            line.AppendJoin(' ', cell.Elements<Paragraph>().Select(p => p.InnerText));
        }

        return line.ToString();
    }
}

/// <summary>Open XML SDK settings that bound a part's size (a zip bomb inside a DOCX or XLSX stops at the limit).</summary>
internal static class OpenXmlLimits
{
    /// <summary>Whether a part of the package says (in the ZIP's central directory) that it inflates past the decoded-bytes
    /// allowance, or all parts together past four times it. Such a package is not parsed: "partially read". A package
    /// that lies about its sizes is still stopped by <see cref="OpenSettings.MaxCharactersInPart"/> (then: damaged).</summary>
    public static bool TooLargeInflated(ReadOnlyMemory<byte> content, ReadBudget budget)
    {
        using var stream = new ReadOnlyMemoryStream(content);
        using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read);
        var limit = budget.Options.MaxDecodedBytes;
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > limit || total > 4 * limit)
            {
                budget.Hit(ReadLimit.DecodedBytes);
                return true;
            }
        }

        return false;
    }

    public static OpenSettings Settings(ReadBudget budget) => new()
    {
        AutoSave = false,
        MaxCharactersInPart = budget.Options.MaxDecodedBytes,
        MarkupCompatibilityProcessSettings = new MarkupCompatibilityProcessSettings(MarkupCompatibilityProcessMode.NoProcess, FileFormatVersions.Office2019),
    };
}
