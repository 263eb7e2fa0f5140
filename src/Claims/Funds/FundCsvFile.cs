using System.Security.Cryptography;
using System.Text;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Funds;

/// <summary>
/// A funds file as uploaded (the dashboard's file input, a file dropped into the chat): its bytes read up to
/// <see cref="MaxBytes"/>, decoded as UTF-8 (with or without a BOM, what Excel's "CSV UTF-8" writes) or, when they are not valid
/// UTF-8, as Windows-1252 (what Excel's plain "CSV" writes on a Portuguese or English Windows), and their SHA-256 (so the file
/// imported is the one previewed). The text then goes to <see cref="IFundService.PreviewImportAsync"/> / <c>ImportAsync</c>.
/// </summary>
public static class FundCsvFile
{
    /// <summary>The largest file read (the importer's own character limit).</summary>
    public const int MaxBytes = FundCsv.MaxCharacters;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="content"/> to its end; <see cref="FundCsvFileRead.Error"/> is <see cref="ClaimErrorCode.CsvTooLarge"/>
    /// (reading stops there) or <see cref="ClaimErrorCode.CsvEmpty"/>.</summary>
    public static async Task<FundCsvFileRead> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return new(null, null, ClaimErrorCode.CsvTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return new(null, null, ClaimErrorCode.CsvEmpty);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        return new(Decode(bytes), Hash(bytes), null);
    }

    /// <summary>The lowercase hex SHA-256 of the file's bytes.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var preamble = Encoding.UTF8.Preamble;
        if (bytes.StartsWith(preamble))
        {
            bytes = bytes[preamble.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
            return windows1252.GetString(bytes);
        }
    }
}

/// <summary>The decoded text and hash of a funds file, or why it could not be read.</summary>
public sealed record FundCsvFileRead(string? Text, string? Sha256, ClaimErrorCode? Error);
