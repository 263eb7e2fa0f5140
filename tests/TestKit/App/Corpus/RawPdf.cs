using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CoopAssistant.TestKit.App.Corpus;

/// <summary>Hand-built PDF files (objects, xref table, trailer) for what no PDF writer would produce: 10,000 pages,
/// objects nested 100,000 deep, a stream that inflates to hundreds of megabytes, a page tree that contains itself.</summary>
public static class RawPdf
{
    /// <summary><paramref name="pages"/> pages sharing one font and one content stream.</summary>
    public static byte[] ManyPages(int pages)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Count {pages} /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{i + 5} 0 R"))}] >>")),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Stream("BT /F1 12 Tf 72 720 Td (Fatura nº 1 - página de teste com texto) Tj ET"u8.ToArray(), compress: false),
        };
        for (var i = 0; i < pages; i++)
        {
            objects.Add(Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>"));
        }

        return Build(objects);
    }

    /// <summary>One page whose resources hold an array nested <paramref name="depth"/> deep.</summary>
    public static byte[] NestedArrays(int depth)
    {
        var nested = new string('[', depth) + new string(']', depth);
        return Build(
        [
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Count 1 /Kids [3 0 R] >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Deep " + nested + " >> >>"),
            Stream("BT ET"u8.ToArray(), compress: false),
        ]);
    }

    /// <summary>One page whose content stream shows text through an array operand nested <paramref name="depth"/> deep.</summary>
    public static byte[] NestedContent(int depth)
    {
        var content = Encoding.Latin1.GetBytes("BT /F1 12 Tf 72 720 Td " + new string('[', depth) + "(x)" + new string(']', depth) + " TJ ET");
        return Build(
        [
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Count 1 /Kids [3 0 R] >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
            Stream(content, compress: false),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        ]);
    }

    /// <summary>One page whose content stream inflates to <paramref name="inflatedBytes"/> bytes of spaces.</summary>
    public static byte[] FlateBomb(long inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)' ');
            for (long written = 0; written < inflatedBytes; written += block.Length)
            {
                zlib.Write(block);
            }
        }

        return Build(
        [
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Count 1 /Kids [3 0 R] >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>"),
            StreamRaw(compressed.ToArray(), "/Filter /FlateDecode"),
        ]);
    }

    /// <summary>A page tree whose only kid is the tree itself.</summary>
    public static byte[] RecursivePageTree() => Build(
    [
        Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        Ascii("<< /Type /Pages /Count 1 /Kids [2 0 R] >>"),
    ]);

    private static byte[] Stream(byte[] content, bool compress) => compress ? throw new NotSupportedException() : StreamRaw(content, string.Empty);

    private static byte[] StreamRaw(byte[] content, string filter)
    {
        using var body = new MemoryStream();
        body.Write(Ascii(string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} {filter} >>\nstream\n")));
        body.Write(content);
        body.Write(Ascii("\nendstream"));
        return body.ToArray();
    }

    private static byte[] Build(List<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        var offsets = new long[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[i] = pdf.Position;
            pdf.Write(Ascii(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n")));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);
}
