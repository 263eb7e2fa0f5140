using System.Globalization;
using System.Text;
using CoopAssistant.Claims.Review;
using CoopAssistant.Documents.Sniffing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoopAssistant.Documents.Reading;

/// <summary>XLSX cell values with the Open XML SDK: each row one line, cells two spaces apart; shared and inline strings
/// resolved; numbers with a date format written as dates (yyyy-MM-dd). Sheets count as pages for the page limit.</summary>
internal static class SpreadsheetTextReader
{
    /// <summary>Built-in number formats that show dates (ECMA-376 part 1, 18.8.30).</summary>
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 22, 27, 30, 36, 50, 57];

    public static DocumentReading Read(ReadOnlyMemory<byte> content, ReadBudget budget)
    {
        if (OpenXmlLimits.TooLargeInflated(content, budget))
        {
            return new DocumentReading(DocumentReadStatus.Read, "xlsx", string.Empty, LimitReached: ReadLimit.DecodedBytes);
        }

        var text = new TextCollector(budget);
        using var stream = new ReadOnlyMemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false, OpenXmlLimits.Settings(budget));
        var workbook = document.WorkbookPart;
        if (workbook?.Workbook?.Sheets is not { } sheets)
        {
            return new DocumentReading(DocumentReadStatus.Read, "xlsx", string.Empty);
        }

        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var dateStyles = DateStyles(workbook);
        var sheetList = sheets.Elements<Sheet>().ToList();
        var read = 0;
        foreach (var sheet in sheetList)
        {
            if (read >= budget.Options.MaxPages)
            {
                budget.Hit(ReadLimit.Pages);
                break;
            }

            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            read++;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                budget.ThrowIfOutOfTime();
                if (!text.AddLine(Line(row, strings, dateStyles)))
                {
                    return new DocumentReading(DocumentReadStatus.Read, "xlsx", text.ToString(), read, sheetList.Count, budget.Limit);
                }
            }
        }

        return new DocumentReading(DocumentReadStatus.Read, "xlsx", text.ToString(), read, sheetList.Count, budget.Limit);
    }

    private static string Line(Row row, string[] strings, HashSet<uint> dateStyles)
    {
        var line = new StringBuilder();
        foreach (var cell in row.Elements<Cell>())
        {
            var value = Value(cell, strings, dateStyles);
            if (value.Length == 0)
            {
                continue;
            }

            if (line.Length > 0)
            {
                line.Append("  ");
            }

            line.Append(value);
        }

        return line.ToString();
    }

    private static string Value(Cell cell, string[] strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length ? strings[index] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number)
            && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2_958_466)
        {
            return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>Indexes of cell formats whose number format shows a date.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDateFormat(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var result = new HashSet<uint>();
        var index = 0u;
        foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (BuiltInDateFormats.Contains(id) || custom.Contains(id))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool IsDateFormat(string? code)
    {
        if (code is null)
        {
            return false;
        }

        var plain = new StringBuilder();
        var quoted = false;
        foreach (var c in code)
        {
            quoted ^= c == '"';
            if (!quoted && c != '"')
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        var s = plain.ToString();
        return s.Contains('d', StringComparison.Ordinal) && s.Contains('y', StringComparison.Ordinal);
    }
}
