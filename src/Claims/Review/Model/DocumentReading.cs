namespace CoopAssistant.Claims.Review;

/// <summary>The text of one document as a reader produced it (the readers live in CoopAssistant.Documents).</summary>
/// <param name="Status">What reading gave.</param>
/// <param name="ContentType">What the content is by its bytes: <c>pdf</c>, <c>docx</c>, <c>xlsx</c>, <c>text</c>, <c>png</c>, ...</param>
/// <param name="Text">The text read, lines separated by <c>\n</c> (empty unless <see cref="DocumentReadStatus.Read"/>).</param>
/// <param name="PagesRead">Pages (or sheets) read.</param>
/// <param name="PageCount">Pages (or sheets) in the document, when known.</param>
/// <param name="LimitReached">The limit that stopped reading early.</param>
/// <param name="IsImage">The content is a picture (counts as a photo or screenshot for proof of execution).</param>
/// <param name="Unavailable">Why the file could not be opened (with <see cref="DocumentReadStatus.Unavailable"/>).</param>
public sealed record DocumentReading(
    DocumentReadStatus Status,
    string ContentType,
    string Text,
    int PagesRead = 0,
    int? PageCount = null,
    ReadLimit LimitReached = ReadLimit.None,
    bool IsImage = false,
    UnavailableReason? Unavailable = null)
{
    public static DocumentReading Failed(DocumentReadStatus status, string contentType, ReadLimit limit = ReadLimit.None) =>
        new(status, contentType, string.Empty, LimitReached: limit);

    /// <summary>The file could not be opened (not kept, gone, sign-in needed, download failed): nothing was read.</summary>
    public static DocumentReading NotOpened(UnavailableReason reason) =>
        new(DocumentReadStatus.Unavailable, "unknown", string.Empty, Unavailable: reason);
}
