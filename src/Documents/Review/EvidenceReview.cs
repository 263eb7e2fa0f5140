using System.Buffers;
using System.Security.Cryptography;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Review.Extraction;
using CoopAssistant.Documents.Reading;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Documents.Review;

/// <summary>Reviews a claim's evidence: opens and reads every file (several at once, each within the limits), hashes it
/// (SHA-256), then runs the pure <see cref="ClaimReviewer"/>. A file larger than the size limit is not read past it.</summary>
public sealed class EvidenceReview(DocumentReader reader, ClaimReviewer reviewer, IOptions<ReviewOptions> options)
{
    public Task<ReviewReport> ReviewAsync(
        ClaimFacts claim,
        IReadOnlyList<EvidenceFile> files,
        PartnerIdentity partner,
        IReadOnlyList<OtherClaimEvidence> otherClaims,
        IReadOnlyList<FindingAcceptance> acceptances,
        IProgress<ReviewProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        ReviewAsync(claim, files, partner, (_, _) => Task.FromResult(otherClaims), acceptances, progress, cancellationToken);

    /// <summary>The same review, with the other claims looked up once the documents are read: <paramref name="findOtherClaims"/>
    /// gets the documents' SHA-256s and invoice keys and returns the other claims of the tenant that have any of them.</summary>
    public async Task<ReviewReport> ReviewAsync(
        ClaimFacts claim,
        IReadOnlyList<EvidenceFile> files,
        PartnerIdentity partner,
        Func<DuplicateKeys, CancellationToken, Task<IReadOnlyList<OtherClaimEvidence>>> findOtherClaims,
        IReadOnlyList<FindingAcceptance> acceptances,
        IProgress<ReviewProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(findOtherClaims);
        var documents = new ReviewDocument[files.Count];
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelDocuments, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (index, token) =>
        {
            documents[index] = await ReadAsync(files[index], token);
            progress?.Report(new ReviewProgress(Interlocked.Increment(ref done), files.Count));
        });
        var keys = new DuplicateKeys(
            [.. documents.Select(d => d.Sha256).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)],
            [.. documents.Where(d => d.Reading.Status == DocumentReadStatus.Read)
                .Select(d => DocumentFactsExtractor.InvoiceKey(DocumentFactsExtractor.Extract(d.Reading.Text)))
                .OfType<string>().Distinct(StringComparer.Ordinal)]);
        var others = keys.Sha256s.Count + keys.InvoiceKeys.Count == 0 ? [] : await findOtherClaims(keys, cancellationToken);
        return reviewer.Review(new ReviewRequest(claim, documents, partner, others, acceptances));
    }

    /// <summary>Reads one file: its bytes up to the size limit (one byte more tells that it is larger), hash, text. A file that
    /// cannot be opened is "could not open" with the hash recorded for it, if any.</summary>
    public async Task<ReviewDocument> ReadAsync(EvidenceFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var limit = options.Value.MaxDocumentBytes;
        Stream opened;
        try
        {
            opened = await file.Open(cancellationToken);
        }
        catch (EvidenceUnavailableException unavailable)
        {
            return new ReviewDocument(file.Id, file.Name, file.Kind, file.KnownSha256?.ToLowerInvariant() ?? string.Empty, DocumentReading.NotOpened(unavailable.Reason));
        }

        await using var stream = opened;
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
        catch (Exception e) when (e is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // A download cut off half-way: nothing trustworthy was read.
            return new ReviewDocument(file.Id, file.Name, file.Kind, file.KnownSha256?.ToLowerInvariant() ?? string.Empty, DocumentReading.NotOpened(UnavailableReason.DownloadFailed));
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
