namespace CoopAssistant.Graph.Evidence;

/// <summary>Opens a kept evidence file for reading (the evidence review reads every file of a claim this way): the local store's
/// file, or the Graph item's content (<c>GET /drives/{d}/items/{i}/content</c>) with the reader's delegated token.</summary>
public interface IEvidenceContent
{
    /// <summary>The file's bytes; throws <see cref="Documents.Review.EvidenceUnavailableException"/> with the reason when they
    /// cannot be had (no copy kept, moved or deleted, sign-in needed, download refused).</summary>
    Task<Stream> OpenAsync(GraphUserKey reader, EvidenceLocation location, CancellationToken cancellationToken);
}
