using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Files;

/// <summary>What the Bot calls to attach OneDrive/SharePoint files to a claim.</summary>
public interface IGraphEvidenceService
{
    /// <summary>
    /// Reads the items' metadata in <c>$batch</c>es, applies the file rules, and copies each accepted original into the claim's
    /// evidence folder, reporting "n of total" as copies finish. Results are in the order of <paramref name="items"/>.
    /// </summary>
    Task<IReadOnlyList<Result<AttachedEvidence, AttachRefusal>>> AttachAsync(EvidenceTarget target, IReadOnlyList<DriveItemRef> items, IProgress<EvidenceCopyProgress>? progress, CancellationToken cancellationToken);

    /// <summary>Current metadata (cTag, quickXorHash) of recorded items, to show on the claim card when a source changed; one result per item, in their order.</summary>
    Task<IReadOnlyList<Result<DriveItemMetadata, EvidenceErrorCode>>> GetMetadataAsync(GraphUserKey user, IReadOnlyList<DriveItemRef> items, CancellationToken cancellationToken);

    /// <summary>Compares the recorded content tags (cTag, else quickXorHash) with the current ones (one <c>$batch</c> per 20 sources) so
    /// the claim card can flag changed or deleted sources; a renamed or moved file is unchanged.</summary>
    Task<IReadOnlyList<SourceCheck>> CheckSourcesAsync(GraphUserKey user, IReadOnlyList<RecordedSource> sources, CancellationToken cancellationToken);
}
