using CoopAssistant.Claims.Limits;
using CoopAssistant.Claims.Results;

namespace CoopAssistant.Graph.Evidence;

/// <summary>
/// The evidence store every upload path goes through (chat files, Outlook attachments): the bytes count against the uploader's
/// hourly limits as they stream in (<see cref="QuotaReadStream"/>); past a limit the inner store stops, deletes its partial copy,
/// and the upload is <see cref="EvidenceRefusal"/> with <see cref="EvidenceErrorCode.UploadLimitReached"/> and the limit.
/// Moving a kept copy to its claim and discarding one upload nothing, so they are not counted.
/// </summary>
public sealed class QuotaEvidenceStore(IEvidenceStore inner, UsageLimits limits) : IEvidenceStore
{
    public EvidenceStoreKind Kind => inner.Kind;

    /// <summary>The store that keeps the bytes (local folder or Graph).</summary>
    public IEvidenceStore Inner => inner;

    public async Task<Result<StoredEvidence, EvidenceRefusal>> StoreAsync(EvidenceUpload upload, IProgress<EvidenceCopyProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        try
        {
            var counted = upload with { Content = new QuotaReadStream(upload.Content, limits, upload.Target.User) };
            return await inner.StoreAsync(counted, progress, cancellationToken);
        }
        catch (EvidenceUploadLimitException limited) when (limited.Limit is not null)
        {
            return new EvidenceRefusal(EvidenceErrorCode.UploadLimitReached, upload.FileName) { Limit = limited.Limit };
        }
    }

    public Task<Result<StoredEvidence, EvidenceRefusal>> MoveAsync(StoredEvidence kept, EvidenceTarget target, CancellationToken cancellationToken) =>
        inner.MoveAsync(kept, target, cancellationToken);

    public Task<bool> DiscardIncomingAsync(StoredEvidence kept, GraphUserKey owner, CancellationToken cancellationToken) =>
        inner.DiscardIncomingAsync(kept, owner, cancellationToken);
}
