using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Files;

/// <summary>One chosen file after attaching: the reference to record (<see cref="Metadata"/>: drive id, item id, web URL, eTag,
/// quickXorHash) and the kept copy. The value side of <see cref="IGraphEvidenceService.AttachAsync"/>'s results.</summary>
public sealed record AttachedEvidence(DriveItemMetadata Metadata, StoredEvidence Copy);

/// <summary>Why a chosen file was not attached. <see cref="Metadata"/> is set when it could be read (also when the copy failed).</summary>
public sealed record AttachRefusal(EvidenceErrorCode Code, DriveItemMetadata? Metadata)
{
    /// <summary>The upload limit that refused the file (<see cref="EvidenceErrorCode.UploadLimitReached"/> only).</summary>
    public CoopAssistant.Claims.Limits.UsageRefusal? Limit { get; init; }
}
