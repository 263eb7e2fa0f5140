using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Files;

/// <summary>Metadata of one requested item, or why it could not be read (NoAccess, NotFound, Throttled, GraphError).</summary>
public sealed record DriveItemMetadataResult(DriveItemRef Ref, DriveItemMetadata? Metadata, EvidenceErrorCode? Error);
