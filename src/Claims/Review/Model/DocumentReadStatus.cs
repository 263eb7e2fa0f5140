namespace CoopAssistant.Claims.Review;

/// <summary>What reading a document's text gave.</summary>
public enum DocumentReadStatus
{
    /// <summary>The text was read (possibly only part of it: see <see cref="DocumentReading.LimitReached"/>).</summary>
    Read = 0,

    /// <summary>No text: an image, or a PDF without a text layer (a scan). Check by eye.</summary>
    NoText = 1,

    /// <summary>Protected by a password.</summary>
    Encrypted = 2,

    /// <summary>Damaged, truncated, or not what its type says.</summary>
    Corrupt = 3,

    /// <summary>The content is not an accepted document type (for example a program named <c>.pdf</c>).</summary>
    Refused = 4,
}
