using System.Security.Cryptography;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;
using CoopAssistant.Documents.Reading;
using CoopAssistant.Documents.Review;
using CoopAssistant.Documents.Tests.Reading;

namespace CoopAssistant.Documents.Tests.Review;

public sealed class EvidenceReviewTests
{
    private static readonly ClaimFacts Claim = new(Guid.NewGuid(), "Seminário", ActivityType.Seminar, new(2026, 1, 1), new(2026, 6, 30), new(2026, 3, 20), 1m, "BRL");

    [Fact]
    public async Task AFileLargerThanTheSizeLimit_IsNotRead_ButHashedWhole()
    {
        var content = new byte[10_000];
        Random.Shared.NextBytes(content);
        var review = ReaderHarness.Review(new ReviewOptions { MaxDocumentBytes = 4_096, TimeBudgetPerDocument = TimeSpan.FromMinutes(1) });

        var document = await review.ReadAsync(EvidenceFile.FromBytes(Guid.NewGuid(), "big.pdf", EvidenceKind.VendorInvoice, content), CancellationToken.None);

        Assert.Equal(ReadLimit.Size, document.Reading.LimitReached);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), document.Sha256);
    }

    [Fact]
    public async Task TheReview_ReportsProgress_ForEveryDocument()
    {
        var files = Enumerable.Range(0, 5)
            .Select(i => EvidenceFile.FromBytes(Guid.NewGuid(), $"n{i}.txt", EvidenceKind.ProofOfExecution, System.Text.Encoding.UTF8.GetBytes($"Convite {i}")))
            .ToList();
        var seen = new List<int>();
        var progress = new Progress(seen);

        var report = await ReaderHarness.Review().ReviewAsync(Claim, files, PartnerIdentity.Unknown, [], [], progress);

        Assert.Equal(5, report.Documents.Count);
        Assert.Equal([1, 2, 3, 4, 5], seen.Order());
        Assert.Equal(files.Select(f => f.Id), report.Documents.Select(d => d.DocumentId));
    }

    [Fact]
    public async Task TheReview_StopsWhenTheCallerCancels()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var files = new[] { EvidenceFile.FromBytes(Guid.NewGuid(), "a.txt", EvidenceKind.ProofOfExecution, "Convite"u8.ToArray()) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReaderHarness.Review().ReviewAsync(Claim, files, PartnerIdentity.Unknown, [], [], cancellationToken: cancelled.Token));
    }

    private sealed class Progress(List<int> seen) : IProgress<ReviewProgress>
    {
        public void Report(ReviewProgress value)
        {
            lock (seen)
            {
                seen.Add(value.Done);
            }
        }
    }
}
