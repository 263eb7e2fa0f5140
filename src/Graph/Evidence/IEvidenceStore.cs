namespace CoopAssistant.Graph.Evidence;

/// <summary>Keeps a copy of bytes given as evidence: the local folder (embedded default) or the claim's Graph folder.</summary>
public interface IEvidenceStore
{
    EvidenceStoreKind Kind { get; }

    Task<EvidenceStoreResult> StoreAsync(EvidenceUpload upload, IProgress<EvidenceCopyProgress>? progress, CancellationToken cancellationToken);
}
