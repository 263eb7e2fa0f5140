using System.Text;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;
using CoopAssistant.Documents.Review;
using CoopAssistant.Documents.Tests.Corpus;
using CoopAssistant.Documents.Tests.Reading;
using CoopAssistant.TestKit.App.Corpus;

namespace CoopAssistant.Documents.Tests.Review;

/// <summary>Every corpus document, read and reviewed as evidence of a seminar claim for the first half of 2026: it gets
/// exactly its expected findings, and the facts stated for it (total, date, number, issuer id) are read.</summary>
[Collection(CorpusCollection.Name)]
public sealed class CorpusReviewTests(CorpusFixture corpus)
{
    private static readonly PartnerIdentity Partner = new([InvoiceTexts.PartnerName], [InvoiceTexts.PartnerCnpj]);

    public static TheoryData<string> Names() => [.. EvidenceCorpus.Entries.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task CorpusDocument_GetsExactlyItsExpectedFindings_AndItsFactsAreRead(string name)
    {
        var entry = corpus.Entry(name);
        var id = Guid.NewGuid();
        var claim = new ClaimFacts(Guid.NewGuid(), "Seminário", ActivityType.Seminar, new(2026, 1, 1), new(2026, 6, 30), new(2026, 3, 20), 1m, entry.ClaimCurrency);

        var report = await ReaderHarness.Review().ReviewAsync(
            claim, [EvidenceFile.FromBytes(id, name, entry.Kind, corpus.Bytes(name))], Partner, [], []);

        var findings = report.Findings.Where(f => f.DocumentId == id).ToList();
        var facts = report.Documents.Single().Facts;
        Assert.True(
            entry.Expected.Order().SequenceEqual(findings.Select(f => f.Code).Order()),
            $"{name}: expected [{string.Join(", ", entry.Expected)}], found [{string.Join(", ", findings.Select(f => f.Code))}]; facts: {facts}");
        Assert.Equal(entry.Total ?? facts.Total?.Money, facts.Total?.Money);
        Assert.Equal(entry.IssueDate ?? facts.IssueDate?.Date, facts.IssueDate?.Date);
        Assert.Equal(entry.Number ?? facts.InvoiceNumber, facts.InvoiceNumber);
        if (entry.IssuerId is not null)
        {
            Assert.Contains(entry.IssuerId, facts.Issuer.TaxIds);
        }
    }

    [Fact]
    public void Corpus_HasAtLeast40Documents_FromEveryWriter()
    {
        Assert.True(EvidenceCorpus.Entries.Count >= 40, $"{EvidenceCorpus.Entries.Count} documents");
        Assert.Equal(EvidenceCorpus.Entries.Count, EvidenceCorpus.Entries.Select(e => e.Name).Distinct().Count());
        foreach (var writer in new[] { "pdfsharp", "chromium", "openxml", "text", "png", "raw" })
        {
            Assert.Contains(EvidenceCorpus.Entries, e => e.Writer == writer);
        }

        foreach (var kind in Enum.GetValues<EvidenceKind>().Where(k => k != EvidenceKind.CoreRequirementDocumentation))
        {
            Assert.Contains(EvidenceCorpus.Entries, e => e.Kind == kind);
        }
    }

    [Fact]
    public void ChromiumInvoices_EmbedSubsetFonts_AsRealInvoicesDo()
    {
        foreach (var entry in EvidenceCorpus.Entries.Where(e => e.Writer == "chromium"))
        {
            var pdf = Encoding.Latin1.GetString(corpus.Bytes(entry.Name));
            Assert.Contains("/FontFile2", pdf, StringComparison.Ordinal);
            Assert.Matches(@"/BaseFont\s*/[A-Z]{6}\+", pdf);
        }
    }

    [Fact]
    public async Task AClaimOfCorpusDocuments_AddsUpItsInvoicesAndStatements_AndBlocksOnlyForTheSelfIssuedInvoice()
    {
        string[] names = ["nfse-sp-lines.pdf", "nfse-table-serif.pdf", "sac-pt.pdf", "poe-seminar.pdf", "attendees.xlsx", "event-photo.png", "nfse-self-issued.pdf"];
        var files = names.Select(n => EvidenceFile.FromBytes(Guid.NewGuid(), n, corpus.Entry(n).Kind, corpus.Bytes(n))).ToList();
        var claim = new ClaimFacts(Guid.NewGuid(), "Seminário", ActivityType.Seminar, new(2026, 1, 1), new(2026, 6, 30), new(2026, 3, 20), 17_000m, "BRL");
        var progress = new List<ReviewProgress>();

        var report = await ReaderHarness.Review().ReviewAsync(claim, files, Partner, [], [], new SynchronousProgress(progress));

        // 10,000.00 + 4,250.90 + 3,000.00 + the self-issued 10,000.00 (it blocks on its own finding).
        Assert.Equal(new Money(27_250.90m, "BRL"), report.SupportedAmount);
        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCode.AmountNotSupported);
        Assert.Equal([FindingCode.SelfIssuedInvoice], report.Findings.Where(f => f.IsBlocking).Select(f => f.Code));
        Assert.Equal(DocumentOutcome.Blocking, report.Documents.Single(d => d.Name == "nfse-self-issued.pdf").Outcome);
        Assert.Equal(DocumentOutcome.Warning, report.Documents.Single(d => d.Name == "event-photo.png").Outcome);
        Assert.Equal(DocumentOutcome.Fine, report.Documents.Single(d => d.Name == "poe-seminar.pdf").Outcome);
        Assert.Equal(names.Length, progress.Count);
        Assert.Equal(names.Length, progress.Max(p => p.Done));
    }

    [Fact]
    public async Task TheSameFile_OnAnotherClaim_IsFoundBySha256_AndTheSameInvoiceByIssuerAndNumber()
    {
        var bytes = corpus.Bytes("nfse-sp-lines.pdf");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var other = new OtherClaimEvidence(Guid.NewGuid(), "Feira de março", false, [sha], []);
        var sameInvoice = new OtherClaimEvidence(Guid.NewGuid(), "Evento de abril", true, ["0"], ["11222333000181|3141"]);
        var claim = new ClaimFacts(Guid.NewGuid(), "Seminário", ActivityType.Seminar, new(2026, 1, 1), new(2026, 6, 30), new(2026, 3, 20), 1m, "BRL");
        var files = new[]
        {
            EvidenceFile.FromBytes(Guid.NewGuid(), "copy.pdf", EvidenceKind.VendorInvoice, bytes),
            EvidenceFile.FromBytes(Guid.NewGuid(), "chromium.pdf", EvidenceKind.VendorInvoice, corpus.Bytes("nfse-chromium-table.pdf")),
        };

        var report = await ReaderHarness.Review().ReviewAsync(claim, files, Partner, [other, sameInvoice], []);

        Assert.Equal("copy.pdf", Assert.Single(report.Findings, f => f.Code == FindingCode.DuplicateFile).DocumentName);
        Assert.Equal("chromium.pdf", Assert.Single(report.Findings, f => f.Code == FindingCode.DuplicateInvoice).DocumentName);
        Assert.Equal(sha, report.Documents[0].Sha256);
        Assert.Equal("11222333000181|3141", report.Documents[1].InvoiceKey);
    }

    private sealed class SynchronousProgress(List<ReviewProgress> seen) : IProgress<ReviewProgress>
    {
        public void Report(ReviewProgress value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }
}
