namespace CoopAssistant.Graph.Evidence;

/// <summary>Outcome of keeping one file: <see cref="Kept"/> or <see cref="Refused"/>.</summary>
public abstract record EvidenceStoreResult
{
    private EvidenceStoreResult()
    {
    }

    public sealed record Kept(StoredEvidence Evidence) : EvidenceStoreResult;

    public sealed record Refused(EvidenceErrorCode Code, string FileName) : EvidenceStoreResult
    {
        /// <summary>The upload limit that refused the file (<see cref="EvidenceErrorCode.UploadLimitReached"/> only).</summary>
        public CoopAssistant.Claims.Limits.UsageRefusal? Limit { get; init; }
    }
}
