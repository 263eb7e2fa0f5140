using Microsoft.Graph;

namespace CoopAssistant.Graph.Files;

/// <summary>Reads metadata of many drive items through <c>$batch</c> (at most 20 requests per call).</summary>
public interface IGraphMetadataReader
{
    Task<IReadOnlyList<DriveItemMetadataResult>> ReadAsync(GraphServiceClient client, IReadOnlyList<DriveItemRef> items, CancellationToken cancellationToken);
}
