using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Files;

/// <summary>
/// One chosen file after attaching: the reference to record (<see cref="Metadata"/>: drive id, item id, web URL, eTag, quickXorHash),
/// the kept copy, or why it was refused. <see cref="Metadata"/> may be set while <see cref="Error"/> is <c>CopyFailed</c>.
/// </summary>
public sealed record AttachedEvidence(DriveItemRef Source, DriveItemMetadata? Metadata, StoredEvidence? Copy, EvidenceErrorCode? Error)
{
    public bool Succeeded => Error is null && Copy is not null;

    /// <summary>The upload limit that refused the file (<see cref="EvidenceErrorCode.UploadLimitReached"/> only).</summary>
    public CoopAssistant.Claims.Limits.UsageRefusal? Limit { get; init; }
}
