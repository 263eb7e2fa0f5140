using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CoopAssistant.TestKit.App.Corpus;

/// <summary>Writes corpus DOCX and XLSX files with the Open XML SDK 3.3.0.</summary>
public static class OfficeWriter
{
    /// <summary>Paragraphs, then a table whose rows are "label: value" lines split into two cells.</summary>
    public static byte[] Docx(IReadOnlyList<string> paragraphs, IReadOnlyList<string> tableRows)
    {
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new W.Body();
            foreach (var text in paragraphs)
            {
                body.Append(new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
            }

            if (tableRows.Count > 0)
            {
                var table = new W.Table(new W.TableProperties(new W.TableBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 4 })));
                foreach (var row in tableRows)
                {
                    var colon = row.IndexOf(": ", StringComparison.Ordinal);
                    string[] cells = colon > 0 ? [row[..colon], row[(colon + 2)..]] : [row];
                    table.Append(new W.TableRow(cells.Select(c => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(c)))))));
                }

                body.Append(table);
            }

            main.Document = new W.Document(body);
            main.Document.Save();
        }

        return output.ToArray();
    }

    /// <summary>One sheet of rows; a <see cref="DateOnly"/> cell is a serial number with a date format (as Excel stores
    /// it), a decimal a number, a string a shared string.</summary>
    public static byte[] Xlsx(string sheetName, IReadOnlyList<object[]> rows)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var index = 0;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = (uint)(data.ChildElements.Count + 1) };
                foreach (var value in values)
                {
                    row.Append(value switch
                    {
                        DateOnly date => new Cell { CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()), StyleIndex = 1 },
                        decimal number => new Cell { CellValue = new CellValue(number), DataType = CellValues.Number },
                        _ => SharedString(strings.SharedStringTable, value.ToString() ?? string.Empty, ref index),
                    });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }

        return output.ToArray();
    }

    private static Cell SharedString(SharedStringTable table, string text, ref int index)
    {
        table.AppendChild(new SharedStringItem(new Text(text)));
        return new Cell { CellValue = new CellValue(index++), DataType = CellValues.SharedString };
    }
}
