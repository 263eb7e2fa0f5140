using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Documents.Reading;

/// <summary>Limits on reading evidence (section <c>Review</c>): a hostile file (recursive objects, huge streams, 10,000
/// pages) costs bounded time and memory. A document stopped by a limit is "partially read" (a note), never an error.</summary>
public sealed class ReviewOptions
{
    public const string SectionName = "Review";

    /// <summary>Pages (PDF) or sheets (XLSX) read per document.</summary>
    [Range(1, 10_000)]
    public int MaxPages { get; set; } = 50;

    /// <summary>Characters of text kept per document.</summary>
    [Range(1_000, 10_000_000)]
    public int MaxCharacters { get; set; } = 200_000;

    /// <summary>Wall-clock time allowed to read one document; reading stops (cancellation) when it runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan TimeBudgetPerDocument { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Largest file read; a larger one is not read at all ("partially read: size limit").</summary>
    [Range(1_024, 1L << 31)]
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Decompressed bytes allowed per document (PDF streams, OOXML parts): stops decompression bombs.</summary>
    [Range(1_024, 1L << 31)]
    public long MaxDecodedBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Documents of one claim read at the same time.</summary>
    [Range(1, 64)]
    public int MaxParallelDocuments { get; set; } = 2;
}
