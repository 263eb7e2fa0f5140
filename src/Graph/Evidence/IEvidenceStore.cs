using CoopAssistant.Claims.Results;

namespace CoopAssistant.Graph.Evidence;

/// <summary>Keeps a copy of bytes given as evidence: the local folder (embedded default) or the claim's Graph folder.</summary>
public interface IEvidenceStore
{
    EvidenceStoreKind Kind { get; }

    Task<Result<StoredEvidence, EvidenceRefusal>> StoreAsync(EvidenceUpload upload, IProgress<EvidenceCopyProgress>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a copy kept earlier (under <see cref="EvidenceTarget.Incoming"/>, before the user said which claim it is for) into
    /// <paramref name="target"/>'s folder; the result describes the copy where it now lives (same bytes, same content tag).
    /// </summary>
    Task<Result<StoredEvidence, EvidenceRefusal>> MoveAsync(StoredEvidence kept, EvidenceTarget target, CancellationToken cancellationToken);

    /// <summary>Deletes a copy kept under <see cref="EvidenceTarget.Incoming"/> whose claim was never chosen; true when it is gone.</summary>
    Task<bool> DiscardIncomingAsync(StoredEvidence kept, GraphUserKey owner, CancellationToken cancellationToken);
}
