using CoopAssistant.Claims.Model;

namespace CoopAssistant.Documents.Review;

/// <summary>An evidence file to review: its id, name, the kind the user attached it as, and how to open its bytes (chat
/// upload, Graph <c>/content</c>, Outlook attachment or the local store: the caller decides). <paramref name="Open"/> throws
/// <see cref="EvidenceUnavailableException"/> when the file cannot be had (not kept, gone, sign-in needed): the document is
/// then reviewed as "could not open", with <paramref name="KnownSha256"/> (the hash recorded when it was attached) as its hash.</summary>
public sealed record EvidenceFile(Guid Id, string Name, EvidenceKind Kind, Func<CancellationToken, Task<Stream>> Open, string? KnownSha256 = null)
{
    public static EvidenceFile FromBytes(Guid id, string name, EvidenceKind kind, byte[] content) =>
        new(id, name, kind, _ => Task.FromResult<Stream>(new MemoryStream(content, writable: false)));
}
