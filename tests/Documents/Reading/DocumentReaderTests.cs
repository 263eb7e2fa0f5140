using CoopAssistant.Claims.Review;
using CoopAssistant.Documents.Reading;
using CoopAssistant.Documents.Tests.Corpus;
using CoopAssistant.TestKit.App.Corpus;

namespace CoopAssistant.Documents.Tests.Reading;

/// <summary>The readers on ordinary and hostile files: every bad file gets a clear status, no exception, bounded work.</summary>
public sealed class DocumentReaderTests
{
    private static readonly TimeSpan NoHang = TimeSpan.FromMinutes(2);

    [Fact]
    public void Read_GroupsAPdfsWords_IntoLines_KeepingALabelAndItsValueTogether()
    {
        var pdf = PdfSharpWriter.Text(["Valor Total da Nota: R$ 10.000,00", "Data de emissão: 15/03/2026"], CorpusFonts.Serif, PdfLayout.Table);

        var reading = ReaderHarness.Reader().Read(pdf, "nfse.pdf");

        Assert.Equal(DocumentReadStatus.Read, reading.Status);
        Assert.Contains("Valor Total da Nota  R$ 10.000,00", reading.Text, StringComparison.Ordinal);
        Assert.Equal(1, reading.PagesRead);
    }

    [Fact]
    public async Task Read_StopsA10000PagePdf_AtThePageLimit()
    {
        var reading = await ReaderHarness.ReadWithin(ReaderHarness.Reader(), RawPdf.ManyPages(10_000), "big.pdf", NoHang);

        Assert.Equal(DocumentReadStatus.Read, reading.Status);
        Assert.Equal(ReadLimit.Pages, reading.LimitReached);
        Assert.Equal(50, reading.PagesRead);
        Assert.Equal(10_000, reading.PageCount);
    }

    [Fact]
    public async Task Read_StopsAFlateBomb_AtTheDecodedBytesLimit()
    {
        var reading = await ReaderHarness.ReadWithin(ReaderHarness.Reader(), RawPdf.FlateBomb(200L << 20), "bomb.pdf", NoHang);

        Assert.Equal(ReadLimit.DecodedBytes, reading.LimitReached);
    }

    [Fact]
    public async Task Read_ReturnsAClearStatus_ForAPageDictionaryNested100000Deep()
    {
        // PdfPig's nesting guard (MaxStackDepth) keeps the page from being parsed: no text, nothing thrown, no stack overflow.
        var reading = await ReaderHarness.ReadWithin(ReaderHarness.Reader(), RawPdf.NestedArrays(100_000), "deep.pdf", NoHang);

        Assert.Contains(reading.Status, new[] { DocumentReadStatus.NoText, DocumentReadStatus.Corrupt });
        Assert.Empty(reading.Text);
    }

    [Fact]
    public async Task Read_SaysAContentStreamNested100000Deep_IsDamaged()
    {
        var reading = await ReaderHarness.ReadWithin(ReaderHarness.Reader(), RawPdf.NestedContent(100_000), "deep.pdf", NoHang);

        Assert.Equal(DocumentReadStatus.Corrupt, reading.Status);
    }

    [Fact]
    public async Task Read_SaysAPageTreeThatContainsItself_IsDamaged()
    {
        var reading = await ReaderHarness.ReadWithin(ReaderHarness.Reader(), RawPdf.RecursivePageTree(), "loop.pdf", NoHang);

        Assert.Equal(DocumentReadStatus.Corrupt, reading.Status);
    }

    [Fact]
    public void Read_StopsAWordDocumentWhosePartInflatesPastTheLimit_AtTheDecodedBytesLimit()
    {
        // 40 MB of text in one paragraph, a few hundred KiB zipped: the SDK refuses the part past MaxCharactersInPart.
        var docx = OfficeWriter.Docx([new string('x', 40_000_000)], []);

        var reading = ReaderHarness.Reader(new ReviewOptions { MaxDecodedBytes = 8L << 20, TimeBudgetPerDocument = TimeSpan.FromMinutes(2) }).Read(docx, "bomb.docx");

        Assert.Equal(DocumentReadStatus.Read, reading.Status);
        Assert.Equal(ReadLimit.DecodedBytes, reading.LimitReached);
        Assert.Empty(reading.Text);
    }

    [Fact]
    public void Read_SaysAPdfWithAUserPassword_IsEncrypted()
    {
        var pdf = PdfSharpWriter.Text(["Fatura"], userPassword: "segredo");

        Assert.Equal(DocumentReadStatus.Encrypted, ReaderHarness.Reader().Read(pdf, "locked.pdf").Status);
    }

    [Fact]
    public void Read_SaysAnEncryptedOfficeDocument_IsEncrypted()
    {
        // Office's password protection wraps the package in an OLE compound file with an "EncryptedPackage" stream.
        var file = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        System.Text.Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(file, 1024);

        Assert.Equal(DocumentReadStatus.Encrypted, ReaderHarness.Reader().Read(file, "locked.docx").Status);
    }

    [Fact]
    public async Task Read_NeverThrows_ForAPdfCutAnywhere()
    {
        var pdf = PdfSharpWriter.Text(InvoiceTexts.Nfse());
        foreach (var share in new[] { 0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 0.99 })
        {
            var cut = pdf[..(int)(pdf.Length * share)];

            var reading = await ReaderHarness.ReadWithin(ReaderHarness.Reader(), cut, "cut.pdf", NoHang);

            Assert.True(reading.Status is DocumentReadStatus.Read or DocumentReadStatus.Corrupt or DocumentReadStatus.NoText, $"{share}: {reading.Status}");
        }
    }

    [Fact]
    public void Read_SaysAPdfCutAfterItsHeader_IsDamaged()
    {
        var pdf = PdfSharpWriter.Text(InvoiceTexts.Nfse())[..300];

        Assert.Equal(DocumentReadStatus.Corrupt, ReaderHarness.Reader().Read(pdf, "cut.pdf").Status);
    }

    [Fact]
    public void Read_RefusesAProgramNamedPdf_ByItsContent()
    {
        var reading = ReaderHarness.Reader().Read(EvidenceCorpus.Executable(), "invoice.pdf");

        Assert.Equal(DocumentReadStatus.Refused, reading.Status);
        Assert.Equal("executable", reading.ContentType);
    }

    [Fact]
    public void Read_ReadsAPdfNamedDocx_AsThePdfItIs()
    {
        var reading = ReaderHarness.Reader().Read(PdfSharpWriter.Text(["Fatura nº 9"]), "renamed.docx");

        Assert.Equal("pdf", reading.ContentType);
        Assert.Contains("Fatura nº 9", reading.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StopsAtTheTimeBudget_WithTheTimeLimit()
    {
        var reading = ReaderHarness.Reader(time: new ExpiredTimeProvider()).Read(RawPdf.ManyPages(20), "slow.pdf");

        Assert.Equal(ReadLimit.Time, reading.LimitReached);
    }

    [Fact]
    public async Task ReadAsync_ReturnsByTheTimeBudget_WithTheTimeLimit()
    {
        // The clock's timers have all fired: the hard stop around the reader gives up at once (or the reader's own check does).
        var reading = await ReaderHarness.Reader(time: new ExpiredTimeProvider()).ReadAsync(RawPdf.ManyPages(10_000), "slow.pdf");

        Assert.Equal(ReadLimit.Time, reading.LimitReached);
        Assert.Equal("pdf", reading.ContentType);
    }

    [Fact]
    public async Task ReadAsync_ReadsLikeRead_WithinTheBudget()
    {
        var pdf = PdfSharpWriter.Text(["Fatura nº 9"]);

        var reading = await ReaderHarness.Reader().ReadAsync(pdf, "a.pdf");

        Assert.Equal(ReaderHarness.Reader().Read(pdf, "a.pdf"), reading);
    }

    [Fact]
    public void Read_PropagatesTheCallersOwnCancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ReaderHarness.Reader().Read(RawPdf.ManyPages(5), "a.pdf", cancelled.Token));
    }

    [Fact]
    public void Read_KeepsAtMostTheCharacterLimit()
    {
        var text = string.Join('\n', Enumerable.Range(0, 5_000).Select(i => $"Linha {i} com algum texto"));

        var reading = ReaderHarness.Reader(new ReviewOptions { MaxCharacters = 2_000 }).Read(System.Text.Encoding.UTF8.GetBytes(text), "big.txt");

        Assert.Equal(ReadLimit.Characters, reading.LimitReached);
        Assert.True(reading.Text.Length <= 2_000, $"{reading.Text.Length} characters");
    }

    [Fact]
    public void Read_DoesNotReadAFileLargerThanTheSizeLimit()
    {
        var reading = ReaderHarness.Reader(new ReviewOptions { MaxDocumentBytes = 4_096 }).Read(new byte[10_000], "big.pdf");

        Assert.Equal(ReadLimit.Size, reading.LimitReached);
        Assert.Empty(reading.Text);
    }

    [Fact]
    public void Read_SaysAnImageOnlyPdf_HasNoText()
    {
        var reading = ReaderHarness.Reader().Read(PdfSharpWriter.ImageOnly(1, 1), "scan.pdf");

        Assert.Equal(DocumentReadStatus.NoText, reading.Status);
        Assert.False(reading.IsImage);
    }

    [Fact]
    public void Read_SaysAPicture_IsAPictureWithoutText()
    {
        var reading = ReaderHarness.Reader().Read(Pictures.Png(10, 10, 1), "photo.png");

        Assert.Equal(DocumentReadStatus.NoText, reading.Status);
        Assert.True(reading.IsImage);
    }

    [Fact]
    public void Read_WritesASpreadsheetsDateCells_AsDates_AndEachRowAsOneLine()
    {
        var xlsx = OfficeWriter.Xlsx("Fatura", [["Data de emissão", new DateOnly(2026, 3, 15)], ["Valor total", 1234.5m, "BRL"]]);

        var reading = ReaderHarness.Reader().Read(xlsx, "fatura.xlsx");

        Assert.Equal("xlsx", reading.ContentType);
        Assert.Equal("Data de emissão  2026-03-15\nValor total  1234.5  BRL\n", reading.Text);
    }

    [Fact]
    public void Read_WritesAWordTableRow_AsOneLine()
    {
        var docx = OfficeWriter.Docx(["Título"], ["Valor total: R$ 1.000,00"]);

        var reading = ReaderHarness.Reader().Read(docx, "fatura.docx");

        Assert.Equal("Título\nValor total  R$ 1.000,00\n", reading.Text);
    }

    [Fact]
    public void Read_SplitsCsvRecords_WithQuotedSeparators()
    {
        var csv = "Nome;Valor\n\"Silva; Ana\";\"R$ 1.000,00\"\n\"Linha \"\"citada\"\"\";2\n"u8.ToArray();

        var reading = ReaderHarness.Reader().Read(csv, "lista.csv");

        Assert.Equal("Nome  Valor\nSilva; Ana  R$ 1.000,00\nLinha \"citada\"  2\n", reading.Text);
    }

    [Fact]
    public void Read_ReadsLatin1Text_ThatIsNotUtf8()
    {
        var reading = ReaderHarness.Reader().Read(System.Text.Encoding.Latin1.GetBytes("Programação do seminário"), "a.txt");

        Assert.Equal("Programação do seminário\n", reading.Text);
    }
}
