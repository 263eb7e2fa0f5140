using System.IO.Compression;
using System.Text;
using System.Xml;

namespace CoopAssistant.Documents.Sniffing;

/// <summary>Tells what a file is by its content (magic bytes; for ZIP files, the OOXML <c>[Content_Types].xml</c>), never
/// by its name: an executable named <c>.pdf</c> is an executable. Reusable for any upload. Bounded work: the first
/// 8 KiB for text, one ZIP entry of at most 1 MiB for OOXML.</summary>
public static class ContentSniffer
{
    private const int TextProbeBytes = 8 * 1024;
    private const int MaxContentTypesBytes = 1024 * 1024;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static ContentKind Sniff(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes.IsEmpty)
        {
            return ContentKind.Unknown;
        }

        // PDF readers accept the header anywhere in the first 1024 bytes.
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf(PdfMagic) >= 0)
        {
            return ContentKind.Pdf;
        }

        if (bytes.StartsWith(PngMagic))
        {
            return ContentKind.Png;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ContentKind.Jpeg;
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return ContentKind.Gif;
        }

        if (bytes.StartsWith("PK\x03\x04"u8))
        {
            return SniffZip(content);
        }

        if (bytes.StartsWith(CompoundFileMagic))
        {
            return ContentKind.CompoundFile;
        }

        if (IsExecutable(bytes))
        {
            return ContentKind.Executable;
        }

        return IsText(bytes[..Math.Min(bytes.Length, TextProbeBytes)]) ? ContentKind.Text : ContentKind.Unknown;
    }

    /// <summary>The same for a file being uploaded (a seekable stream, e.g. its spool file): the first 8 KiB decide, and a ZIP's
    /// <c>[Content_Types].xml</c> is read from the stream. The position is put back where it was.</summary>
    public static ContentKind Sniff(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek || !content.CanRead)
        {
            throw new ArgumentException("The content must be readable and seekable.", nameof(content));
        }

        var start = content.Position;
        try
        {
            var head = new byte[TextProbeBytes];
            content.Position = 0;
            var length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (!head.AsSpan(0, length).StartsWith("PK\x03\x04"u8))
            {
                return Sniff(head.AsMemory(0, length));
            }

            content.Position = 0;
            return SniffZip(content, leaveOpen: true);
        }
        finally
        {
            content.Position = start;
        }
    }

    /// <summary>The short name used in texts and logs: <c>pdf</c>, <c>docx</c>, <c>text</c>, <c>executable</c>...</summary>
    public static string Name(ContentKind kind) => kind switch
    {
        ContentKind.Pdf => "pdf",
        ContentKind.Png => "png",
        ContentKind.Jpeg => "jpeg",
        ContentKind.Gif => "gif",
        ContentKind.Docx => "docx",
        ContentKind.Xlsx => "xlsx",
        ContentKind.Pptx => "pptx",
        ContentKind.OtherOoxml => "ooxml",
        ContentKind.Zip => "zip",
        ContentKind.Text => "text",
        ContentKind.Executable => "executable",
        ContentKind.CompoundFile => "ole",
        _ => "unknown",
    };

    public static bool IsPicture(ContentKind kind) => kind is ContentKind.Png or ContentKind.Jpeg or ContentKind.Gif;

    private static bool IsExecutable(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("MZ"u8)
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F'])
        || bytes.StartsWith("#!"u8)
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]);

    /// <summary>Text: a UTF-16 byte order mark, or no NUL and few control bytes (tab, CR, LF, form feed allowed).</summary>
    private static bool IsText(ReadOnlySpan<byte> probe)
    {
        if (probe.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || probe.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        var control = 0;
        foreach (var b in probe)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n' and not 0x0C and not 0x1B)
            {
                control++;
            }
        }

        return control * 100 <= probe.Length;
    }

    private static ContentKind SniffZip(ReadOnlyMemory<byte> content) => SniffZip(new ReadOnlyMemoryStream(content), leaveOpen: false);

    private static ContentKind SniffZip(Stream stream, bool leaveOpen)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen, Encoding.UTF8);
            var entry = zip.GetEntry("[Content_Types].xml");
            if (entry is null || entry.Length > MaxContentTypesBytes)
            {
                return ContentKind.Zip;
            }

            using var entryStream = entry.Open();
            using var reader = XmlReader.Create(entryStream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxContentTypesBytes,
            });
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "Override" or "Default" && reader.GetAttribute("ContentType") is { } type)
                {
                    var kind = type switch
                    {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" => ContentKind.Docx,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" => ContentKind.Xlsx,
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml" => ContentKind.Pptx,
                        _ when type.EndsWith(".main+xml", StringComparison.Ordinal) => ContentKind.OtherOoxml,
                        _ => ContentKind.Unknown,
                    };
                    if (kind != ContentKind.Unknown)
                    {
                        return kind;
                    }
                }
            }

            return ContentKind.OtherOoxml;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return ContentKind.Zip;
        }
    }
}
