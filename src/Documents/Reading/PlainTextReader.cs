using System.Text;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Documents.Reading;

/// <summary>Plain text and CSV: UTF-8 (or UTF-16 with its byte order mark; bytes that are not UTF-8 read as Latin-1, as
/// Brazilian spreadsheets often export); a CSV record (comma or semicolon, quoted fields) becomes one line with its fields
/// two spaces apart.</summary>
internal static class PlainTextReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DocumentReading Read(ReadOnlyMemory<byte> content, string fileName, ReadBudget budget)
    {
        var decoded = Decode(content.Span, budget.Options.MaxCharacters);
        var csv = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var text = new TextCollector(budget);
        var lines = 0;
        foreach (var line in csv ? CsvRecords(decoded) : decoded.Split('\n'))
        {
            if ((++lines & 1023) == 0)
            {
                budget.ThrowIfOutOfTime();
            }

            if (!text.AddLine(line.TrimEnd('\r')))
            {
                break;
            }
        }

        return new DocumentReading(DocumentReadStatus.Read, "text", text.ToString(), 1, 1, budget.Limit);
    }

    private static string Decode(ReadOnlySpan<byte> bytes, int maxCharacters)
    {
        // Never decode more than the characters kept (plus one, so the collector sees the limit).
        var take = (int)Math.Min(bytes.Length, (maxCharacters + 1L) * 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..take]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..take]);
        }

        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..take] : bytes[..take];
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException) when (take == bytes.Length)
        {
            return Encoding.Latin1.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            // Cut in the middle of a character: the lenient decoder drops the last partial one.
            return Encoding.UTF8.GetString(body);
        }
    }

    /// <summary>CSV records by a small state machine (quotes, doubled quotes, separators and line breaks inside quotes).</summary>
    private static IEnumerable<string> CsvRecords(string text)
    {
        var separator = text.AsSpan(0, Math.Min(text.Length, 4096)).Count(';') > text.AsSpan(0, Math.Min(text.Length, 4096)).Count(',') ? ';' : ',';
        var record = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    record.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    record.Append(c is '\n' or '\r' ? ' ' : c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                record.Append("  ");
            }
            else if (c == '\n')
            {
                yield return record.ToString();
                record.Clear();
            }
            else if (c != '\r')
            {
                record.Append(c);
            }
        }

        if (record.Length > 0)
        {
            yield return record.ToString();
        }
    }
}
