using CoopAssistant.Claims.Model;

namespace CoopAssistant.Documents.Review;

/// <summary>An evidence file to review: its id, name, the kind the user attached it as, and how to open its bytes (chat
/// upload, Graph <c>/content</c>, Outlook attachment or the local store: the caller decides).</summary>
public sealed record EvidenceFile(Guid Id, string Name, EvidenceKind Kind, Func<CancellationToken, Task<Stream>> Open)
{
    public static EvidenceFile FromBytes(Guid id, string name, EvidenceKind kind, byte[] content) =>
        new(id, name, kind, _ => Task.FromResult<Stream>(new MemoryStream(content, writable: false)));
}
