using CoopAssistant.Claims.Review;
using CoopAssistant.Documents.Sniffing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Documents.Reading;

/// <summary>Reads one evidence file's text within the <see cref="ReviewOptions"/> limits. The content decides the reader
/// (<see cref="ContentSniffer"/>), never the name: programs and unknown binaries are refused, pictures and scans have no
/// text ("check by eye"), damaged and password-protected files say so. Never throws for a bad file; only the caller's
/// own cancellation propagates.</summary>
public sealed partial class DocumentReader(IOptions<ReviewOptions> options, TimeProvider time, ILogger<DocumentReader> logger)
{
    /// <summary>How long past the time budget <see cref="ReadAsync"/> waits for a reader to notice it before leaving it behind.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(250);

    /// <summary>Reads on the thread pool and returns by the time budget (plus a short grace) whatever happens inside the
    /// reader: work that checks no budget point (PdfPig opening a huge page tree) is left to finish on its own, bounded by
    /// the file's size, and the document is "partially read: time limit".</summary>
    public async Task<DocumentReading> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken = default)
    {
        var work = Task.Run(() => Read(content, fileName, cancellationToken), cancellationToken);
        try
        {
            return await work.WaitAsync(options.Value.TimeBudgetPerDocument + Grace, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            _ = work.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            LogLeftBehind(logger, fileName);
            return new DocumentReading(DocumentReadStatus.Read, ContentSniffer.Name(ContentSniffer.Sniff(content)), string.Empty, LimitReached: ReadLimit.Time);
        }
    }

    public DocumentReading Read(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var limits = options.Value;
        var kind = ContentSniffer.Sniff(content);
        var name = ContentSniffer.Name(kind);
        if (content.Length > limits.MaxDocumentBytes)
        {
            return DocumentReading.Failed(DocumentReadStatus.Read, name, ReadLimit.Size);
        }

        using var budget = new ReadBudget(limits, time, cancellationToken);
        try
        {
            return kind switch
            {
                ContentKind.Pdf => PdfTextReader.Read(content, budget),
                ContentKind.Docx => WordTextReader.Read(content, budget),
                ContentKind.Xlsx => SpreadsheetTextReader.Read(content, budget),
                ContentKind.Text => PlainTextReader.Read(content, fileName, budget),
                ContentKind.Png or ContentKind.Jpeg or ContentKind.Gif => new DocumentReading(DocumentReadStatus.NoText, name, string.Empty, IsImage: true),
                ContentKind.CompoundFile => ReadCompoundFile(content),
                ContentKind.Pptx => new DocumentReading(DocumentReadStatus.NoText, name, string.Empty),
                _ => DocumentReading.Failed(DocumentReadStatus.Refused, name),
            };
        }
        catch (ReadLimitException e)
        {
            return new DocumentReading(DocumentReadStatus.Read, name, string.Empty, LimitReached: e.Limit);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DocumentReading(DocumentReadStatus.Read, name, string.Empty, LimitReached: ReadLimit.Time);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            LogUnreadable(logger, fileName, name, e.GetType().Name, e);
            return DocumentReading.Failed(DocumentReadStatus.Corrupt, name);
        }
    }

    /// <summary>An OLE compound file: an encrypted Office document carries an "EncryptedPackage" stream; anything else
    /// (legacy .doc/.xls, Outlook .msg) has no text this reader understands.</summary>
    private static DocumentReading ReadCompoundFile(ReadOnlyMemory<byte> content)
    {
        ReadOnlySpan<byte> marker = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8;
        return content.Span.IndexOf(marker) >= 0
            ? DocumentReading.Failed(DocumentReadStatus.Encrypted, "ole")
            : new DocumentReading(DocumentReadStatus.NoText, "ole", string.Empty);
    }

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Reading evidence file {FileName} ran past its time budget; its reader was left to stop on its own")]
    private static partial void LogLeftBehind(ILogger logger, string fileName);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Evidence file {FileName} ({ContentType}) could not be read: {ExceptionType}")]
    private static partial void LogUnreadable(ILogger logger, string fileName, string contentType, string exceptionType, Exception exception);
}
