using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Evidence;
using Microsoft.Graph;

namespace CoopAssistant.Graph.Files;

/// <summary>Reads metadata of many drive items through <c>$batch</c> (at most 20 requests per call): one result per item, in their order.</summary>
public interface IGraphMetadataReader
{
    Task<IReadOnlyList<Result<DriveItemMetadata, EvidenceErrorCode>>> ReadAsync(GraphServiceClient client, IReadOnlyList<DriveItemRef> items, CancellationToken cancellationToken);
}
