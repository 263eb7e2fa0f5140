using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CoopAssistant.TestKit.App.Corpus;

/// <summary>How a PDFsharp document lays out its lines.</summary>
public enum PdfLayout
{
    /// <summary>"Label: value" on one line.</summary>
    Lines,

    /// <summary>Labels in a left column and values in a right column of the same row (a table).</summary>
    Table,

    /// <summary>Each label on its own line, its value on the line below.</summary>
    LabelAbove,
}

/// <summary>Writes corpus PDFs with PDFsharp 6.2.4: text lines in a font and layout, pages, pictures, passwords.</summary>
public static class PdfSharpWriter
{
    /// <summary>Lines "Label: value" (or plain text) written in <paramref name="layout"/>, flowing onto new pages.</summary>
    public static byte[] Text(IReadOnlyList<string> lines, string font = CorpusFonts.Sans, PdfLayout layout = PdfLayout.Lines, int pages = 1, string? userPassword = null, string? ownerPassword = null)
    {
        CorpusFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = "Corpus document";
        var regular = new XFont(font, 10, XFontStyleEx.Regular);
        var bold = new XFont(font, 11, XFontStyleEx.Bold);
        var perPage = (int)Math.Ceiling(lines.Count / (double)pages);
        for (var p = 0; p < pages; p++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromMillimeter(210);
            page.Height = XUnit.FromMillimeter(297);
            using var gfx = XGraphics.FromPdfPage(page);
            var y = 60.0;
            foreach (var line in lines.Skip(p * perPage).Take(perPage))
            {
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                if (colon > 0 && layout == PdfLayout.Table)
                {
                    gfx.DrawString(line[..colon], bold, XBrushes.Black, 50, y);
                    gfx.DrawString(line[(colon + 2)..], regular, XBrushes.Black, 300, y);
                }
                else if (colon > 0 && layout == PdfLayout.LabelAbove)
                {
                    gfx.DrawString(line[..colon], bold, XBrushes.DarkSlateGray, 50, y);
                    y += 14;
                    gfx.DrawString(line[(colon + 2)..], regular, XBrushes.Black, 50, y);
                }
                else
                {
                    gfx.DrawString(line, regular, XBrushes.Black, 50, y);
                }

                y += 16;
            }
        }

        if (userPassword is not null || ownerPassword is not null)
        {
            document.SecuritySettings.UserPassword = userPassword ?? string.Empty;
            document.SecuritySettings.OwnerPassword = ownerPassword ?? userPassword ?? string.Empty;
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>A "scan": each page is one picture, no text layer.</summary>
    public static byte[] ImageOnly(int pages, int seed)
    {
        CorpusFonts.Install();
        using var document = new PdfDocument();
        for (var p = 0; p < pages; p++)
        {
            var page = document.AddPage();
            using var gfx = XGraphics.FromPdfPage(page);
            using var png = new MemoryStream(Pictures.Png(420, 594, seed + p));
            using var image = XImage.FromStream(png);
            gfx.DrawImage(image, 0, 0, page.Width.Point, page.Height.Point);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
