namespace CoopAssistant.Graph.Evidence;

/// <summary>Why a file was not kept: the error side of <see cref="IEvidenceStore"/>'s results (the value is the kept <see cref="StoredEvidence"/>).</summary>
public sealed record EvidenceRefusal(EvidenceErrorCode Code, string FileName)
{
    /// <summary>The upload limit that refused the file (<see cref="EvidenceErrorCode.UploadLimitReached"/> only).</summary>
    public CoopAssistant.Claims.Limits.UsageRefusal? Limit { get; init; }
}
