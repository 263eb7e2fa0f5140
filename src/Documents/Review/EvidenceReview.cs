using System.Buffers;
using System.Security.Cryptography;
using CoopAssistant.Claims.Review;
using CoopAssistant.Documents.Reading;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Documents.Review;

/// <summary>Reviews a claim's evidence: opens and reads every file (several at once, each within the limits), hashes it
/// (SHA-256), then runs the pure <see cref="ClaimReviewer"/>. A file larger than the size limit is not read past it.</summary>
public sealed class EvidenceReview(DocumentReader reader, ClaimReviewer reviewer, IOptions<ReviewOptions> options)
{
    public async Task<ReviewReport> ReviewAsync(
        ClaimFacts claim,
        IReadOnlyList<EvidenceFile> files,
        PartnerIdentity partner,
        IReadOnlyList<OtherClaimEvidence> otherClaims,
        IReadOnlyList<FindingAcceptance> acceptances,
        IProgress<ReviewProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var documents = new ReviewDocument[files.Count];
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelDocuments, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (index, token) =>
        {
            documents[index] = await ReadAsync(files[index], token);
            progress?.Report(new ReviewProgress(Interlocked.Increment(ref done), files.Count));
        });
        return reviewer.Review(new ReviewRequest(claim, documents, partner, otherClaims, acceptances));
    }

    /// <summary>Reads one file: its bytes up to the size limit (one byte more tells that it is larger), hash, text.</summary>
    public async Task<ReviewDocument> ReadAsync(EvidenceFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var limit = options.Value.MaxDocumentBytes;
        await using var stream = await file.Open(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var kept = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                if (kept.Length <= limit)
                {
                    kept.Write(buffer, 0, (int)Math.Min(read, limit + 1 - kept.Length));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        var content = kept.GetBuffer().AsMemory(0, (int)kept.Length);
        var reading = await reader.ReadAsync(content, file.Name, cancellationToken);
        return new ReviewDocument(file.Id, file.Name, file.Kind, sha256, reading);
    }
}
