using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;
using static CoopAssistant.Claims.Review.FindingCode;

namespace CoopAssistant.TestKit.App.Corpus;

/// <summary>The evidence corpus, made by the tests: pt-BR NFS-e-style invoices and English invoices written by PDFsharp
/// (three layouts, five fonts) and printed by headless Chromium (embedded subset fonts), certification statements,
/// proofs of execution, DOCX and XLSX written with Open XML, text and CSV, pictures, image-only "scans", and hostile
/// files. Each entry states the findings the review must give it.</summary>
public static class EvidenceCorpus
{
    private static readonly DateOnly March15 = new(2026, 3, 15);

    public static readonly IReadOnlyList<CorpusEntry> Entries =
    [
        // PDFsharp: pt-BR NFS-e in three layouts and several fonts.
        Pdf("nfse-sp-lines.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.Nfse(), CorpusFonts.Sans, PdfLayout.Lines, [], total: Brl(10_000m), date: March15, number: "2026/000123", issuer: "11222333000181"),
        Pdf("nfse-table-serif.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.Nfse(date: "10/02/2026", total: "R$ 4.250,90", number: "877"), CorpusFonts.Serif, PdfLayout.Table, [DateOrderAssumed], total: Brl(4_250.90m), date: new(2026, 2, 10), number: "877"),
        Pdf("nfse-label-above-mono.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.Nfse(date: "20/01/2026", number: "55"), CorpusFonts.Mono, PdfLayout.LabelAbove, [], total: Brl(10_000m), date: new(2026, 1, 20), number: "55", issuer: "11222333000181"),
        Pdf("nfse-liberation-sans.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.Nfse(issuer: "Gráfica Aurora S.A.", cnpj: "11.444.777/0001-61", city: "RIO DE JANEIRO"), CorpusFonts.LiberationSans, PdfLayout.Table, [], issuer: "11444777000161"),
        Pdf("nfse-alphanumeric-cnpj.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.Nfse(cnpj: "12.ABC.345/01DE-35"), CorpusFonts.LiberationSerif, PdfLayout.Lines, [], issuer: "12ABC34501DE35"),
        Pdf("nfse-out-of-period.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.Nfse(date: "15/08/2026"), CorpusFonts.Sans, PdfLayout.Lines, [InvoiceDateOutsidePeriod], date: new(2026, 8, 15)),
        Pdf("nfse-self-issued.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.Nfse(issuer: InvoiceTexts.PartnerName, cnpj: InvoiceTexts.PartnerCnpj), CorpusFonts.Serif, PdfLayout.Table, [SelfIssuedInvoice]),
        Pdf("nfse-invalid-cnpj.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.Nfse(cnpj: "11.222.333/0001-99"), CorpusFonts.Sans, PdfLayout.Lines, [InvalidTaxId]),
        Pdf("nfse-ambiguous-date.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.Nfse(date: "03/04/2026"), CorpusFonts.Sans, PdfLayout.Lines, [DateOrderAssumed], date: new(2026, 4, 3)),
        Pdf("nfse-10-pages.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.LongNfse(300), CorpusFonts.Sans, PdfLayout.Lines, [], pages: 10, total: Brl(10_000m), number: "2026/009999"),
        Pdf("invoice-without-total.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.InvoiceWithoutTotal(), CorpusFonts.Serif, PdfLayout.Lines, [TotalNotFound, DateOrderAssumed], number: "12", issuer: "11444777000161"),

        // PDFsharp: English invoices.
        Pdf("invoice-en-usd.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.English(), CorpusFonts.LiberationSans, PdfLayout.Lines, [], "USD", total: Usd(10_000m), date: March15, number: "INV-2026-0042", issuer: "123456789"),
        Pdf("invoice-en-table.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.English(date: "Mar 2, 2026", total: "$1,234.56", number: "7731", totalLabel: "Amount due"), CorpusFonts.Serif, PdfLayout.Table, [], "USD", total: Usd(1_234.56m), date: new(2026, 3, 2), number: "7731"),
        Pdf("invoice-en-gbp-vat.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.English(issuer: "Fabrikam Media Ltd", taxId: "VAT No: GB 123 4567 89", total: "£ 2,400.00", date: "15 May 2026"), CorpusFonts.LiberationSerif, PdfLayout.Lines, [], "GBP", total: new Money(2_400m, "GBP"), date: new(2026, 5, 15), issuer: "GB123456789"),
        Pdf("invoice-en-eur-on-usd-claim.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.English(total: "EUR 950,00"), CorpusFonts.Sans, PdfLayout.Lines, [CurrencyMismatch], "USD", total: new Money(950m, "EUR")),
        Pdf("invoice-en-ambiguous-date.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.English(date: "03/04/2026"), CorpusFonts.Mono, PdfLayout.Lines, [DateOrderAssumed], "USD", date: new(2026, 3, 4)),
        Pdf("invoice-en-out-of-period.pdf", EvidenceKind.VendorInvoice, InvoiceTexts.English(date: "December 20, 2025"), CorpusFonts.LiberationSans, PdfLayout.LabelAbove, [InvoiceDateOutsidePeriod], "USD", date: new(2025, 12, 20)),

        // PDFsharp: certification statements and proofs of execution.
        Pdf("sac-pt.pdf", EvidenceKind.CertificationStatement, InvoiceTexts.Statement(), CorpusFonts.Serif, PdfLayout.Lines, [], total: Brl(3_000m)),
        Pdf("csr-en.pdf", EvidenceKind.CertificationStatement, InvoiceTexts.EnglishStatement(), CorpusFonts.LiberationSans, PdfLayout.Table, [], "USD", total: Usd(2_500m)),
        Pdf("poe-seminar.pdf", EvidenceKind.ProofOfExecution, InvoiceTexts.SeminarProof(), CorpusFonts.Sans, PdfLayout.Lines, []),
        Pdf("poe-seminar-after-period.pdf", EvidenceKind.ProofOfExecution, InvoiceTexts.SeminarProof("10/07/2026"), CorpusFonts.Serif, PdfLayout.Table, [ExecutionDateOutsidePeriod, DateOrderAssumed]),
        Pdf("poe-unrelated-report.pdf", EvidenceKind.ProofOfExecution, InvoiceTexts.UnrelatedReport(), CorpusFonts.Sans, PdfLayout.Lines, [ProofMissingExpected]),

        // PDFsharp: scans, passwords, damage.
        new("scan-invoice.pdf", "pdfsharp", EvidenceKind.VendorInvoice, () => Task.FromResult(PdfSharpWriter.ImageOnly(1, 3)), [Unreadable]),
        new("scan-poe-2-pages.pdf", "pdfsharp", EvidenceKind.ProofOfExecution, () => Task.FromResult(PdfSharpWriter.ImageOnly(2, 7)), [Unreadable]),
        new("locked-user-password.pdf", "pdfsharp", EvidenceKind.VendorInvoice, () => Task.FromResult(PdfSharpWriter.Text(InvoiceTexts.Nfse(), userPassword: "segredo")), [Encrypted]),
        new("owner-password-only.pdf", "pdfsharp", EvidenceKind.VendorInvoice, () => Task.FromResult(PdfSharpWriter.Text(InvoiceTexts.Nfse(), ownerPassword: "dono")), [], Total: Brl(10_000m)),
        new("truncated.pdf", "pdfsharp", EvidenceKind.VendorInvoice, () => Task.FromResult(PdfSharpWriter.Text(InvoiceTexts.Nfse())[..300]), [Corrupt]),

        // Chromium: HTML invoices printed with embedded subset fonts.
        Html("nfse-chromium-table.pdf", EvidenceKind.VendorInvoice, HtmlInvoices.Table(InvoiceTexts.Nfse(number: "3141")), [], total: Brl(10_000m), date: March15, number: "3141", issuer: "11222333000181"),
        Html("nfse-chromium-grid.pdf", EvidenceKind.VendorInvoice, HtmlInvoices.Grid(InvoiceTexts.Nfse(date: "2026-05-05", total: "R$ 7.800,00", city: "CAMPINAS")), [], total: Brl(7_800m), date: new(2026, 5, 5)),
        Html("nfse-chromium-out-of-period.pdf", EvidenceKind.VendorInvoice, HtmlInvoices.Table(InvoiceTexts.Nfse(date: "02/07/2026")), [InvoiceDateOutsidePeriod, DateOrderAssumed], date: new(2026, 7, 2)),
        Html("invoice-chromium-amount-due.pdf", EvidenceKind.VendorInvoice, HtmlInvoices.Table(InvoiceTexts.English(total: "US$ 1,234.56", totalLabel: "Amount due", date: "Jun 30, 2026")), [], "USD", total: Usd(1_234.56m), date: new(2026, 6, 30)),
        Html("invoice-chromium-eur.pdf", EvidenceKind.VendorInvoice, HtmlInvoices.Grid(InvoiceTexts.English(total: "EUR 99,00", issuer: "Northwind Traders GmbH", taxId: "VAT ID: DE123456789")), [], "EUR", total: new Money(99m, "EUR"), issuer: "DE123456789"),
        Html("csr-chromium.pdf", EvidenceKind.CertificationStatement, HtmlInvoices.Table(InvoiceTexts.EnglishStatement("USD 4,000.00")), [], "USD", total: Usd(4_000m)),
        Html("poe-chromium-invitation.pdf", EvidenceKind.ProofOfExecution, HtmlInvoices.Paragraphs(["You are invited: Modern Work seminar", "Event date: March 20, 2026", "Agenda: keynote, demos, Q&A", "RSVP by March 10"]), []),
        Html("poe-chromium-attendees.pdf", EvidenceKind.ProofOfExecution, HtmlInvoices.Table(["Lista de presença: Seminário de lançamento", "Participantes inscritos: 42", "Data do evento: 20/03/2026"]), []),

        // Open XML: DOCX and XLSX.
        Office("nfse-word.docx", EvidenceKind.VendorInvoice, () => OfficeWriter.Docx(["NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e", "PRESTADOR DE SERVIÇOS"], InvoiceTexts.Nfse().Skip(2).ToList()), [], total: Brl(10_000m), date: March15, number: "2026/000123"),
        Office("invoice-word-en.docx", EvidenceKind.VendorInvoice, () => OfficeWriter.Docx(["Contoso Events LLC", "INVOICE"], InvoiceTexts.English().Skip(2).ToList()), [], "USD", total: Usd(10_000m), date: March15),
        Office("poe-agenda.docx", EvidenceKind.ProofOfExecution, () => OfficeWriter.Docx(["Agenda do seminário", "09:00 Abertura", "10:00 Demonstração"], ["Data do evento: 20/03/2026"]), []),
        Office("poe-unrelated.docx", EvidenceKind.ProofOfExecution, () => OfficeWriter.Docx(InvoiceTexts.UnrelatedReport(), []), [ProofMissingExpected]),
        Office("sac-word.docx", EvidenceKind.CertificationStatement, () => OfficeWriter.Docx(InvoiceTexts.Statement().Take(2).ToList(), InvoiceTexts.Statement().Skip(2).ToList()), [], total: Brl(3_000m)),
        Office("sac-costs.xlsx", EvidenceKind.CertificationStatement, () => OfficeWriter.Xlsx("Custos", [
            ["Declaração e Relatório de Certificação"], ["Data de emissão", new DateOnly(2026, 4, 2)], ["Item", "Horas", "Custo"],
            ["Planejamento", 10m, "R$ 1.000,00"], ["Execução", 20m, "R$ 2.000,00"], ["Custo total", "", "R$ 3.000,00"]]), [], total: Brl(3_000m)),
        Office("attendees.xlsx", EvidenceKind.ProofOfExecution, () => OfficeWriter.Xlsx("Inscritos", [["Lista de participantes"], ["Nome", "Empresa"], ["Ana", "Contoso"], ["Bruno", "Fabrikam"]]), []),
        Office("invoice-sheet-out-of-period.xlsx", EvidenceKind.VendorInvoice, () => OfficeWriter.Xlsx("Fatura", [
            ["Gráfica Aurora S.A."], ["CNPJ", "11.444.777/0001-61"], ["Fatura nº", "4410"], ["Data de emissão", new DateOnly(2026, 9, 1)], ["Valor total", "R$ 2.000,00"]]),
            [InvoiceDateOutsidePeriod], date: new(2026, 9, 1), number: "4410", total: Brl(2_000m)),

        // Text and CSV.
        Text("attendees.csv", EvidenceKind.ProofOfExecution, "Nome;Empresa;Inscrição\n\"Silva, Ana\";Contoso;confirmada\nBruno;Fabrikam;confirmada\n", []),
        Text("invitation-email.txt", EvidenceKind.ProofOfExecution, "Subject: You're invited to our Copilot seminar\nEvent date: March 20, 2026\nRegister now at https://example.com/seminar\n", []),
        Text("invoice-export.csv", EvidenceKind.VendorInvoice, "Campo;Valor\nFatura nº;981\nData de emissão;12/03/2026\nValor total;\"R$ 1.000,00\"\n", [DateOrderAssumed], total: Brl(1_000m), date: new(2026, 3, 12), number: "981"),
        Text("poe-latin1.txt", EvidenceKind.ProofOfExecution, System.Text.Encoding.Latin1.GetBytes("Convite para o seminário\nProgramação: palestras e demonstrações\n"), []),

        // Pictures.
        new("event-photo.png", "png", EvidenceKind.ProofOfExecution, () => Task.FromResult(Pictures.Png(320, 240, 1)), [Unreadable]),
        new("invoice-photo.png", "png", EvidenceKind.VendorInvoice, () => Task.FromResult(Pictures.Png(240, 320, 2)), [Unreadable]),

        // Hostile files.
        new("setup.exe-named.pdf", "raw", EvidenceKind.VendorInvoice, () => Task.FromResult(Executable()), [RefusedContent]),
        new("archive-named.docx", "raw", EvidenceKind.VendorInvoice, () => Task.FromResult(PlainZip()), [RefusedContent]),
        new("10000-pages.pdf", "raw", EvidenceKind.ProofOfExecution, () => Task.FromResult(RawPdf.ManyPages(10_000)), [PartiallyRead, ProofMissingExpected]),
        new("nested-100000.pdf", "raw", EvidenceKind.VendorInvoice, () => Task.FromResult(RawPdf.NestedArrays(100_000)), [Unreadable]),
        new("nested-content-100000.pdf", "raw", EvidenceKind.VendorInvoice, () => Task.FromResult(RawPdf.NestedContent(100_000)), [Corrupt]),
        new("flate-bomb.pdf", "raw", EvidenceKind.ProofOfExecution, () => Task.FromResult(RawPdf.FlateBomb(200L << 20)), [PartiallyRead]),
        new("recursive-page-tree.pdf", "raw", EvidenceKind.VendorInvoice, () => Task.FromResult(RawPdf.RecursivePageTree()), [Corrupt]),
    ];

    private static Money Brl(decimal amount) => new(amount, "BRL");

    private static Money Usd(decimal amount) => new(amount, "USD");

    private static CorpusEntry Pdf(string name, EvidenceKind kind, string[] lines, string font, PdfLayout layout, FindingCode[] expected, string currency = "BRL", int pages = 1, Money? total = null, DateOnly? date = null, string? number = null, string? issuer = null) =>
        new(name, "pdfsharp", kind, () => Task.FromResult(PdfSharpWriter.Text(lines, font, layout, pages)), expected, currency, total, date, number, issuer);

    private static CorpusEntry Html(string name, EvidenceKind kind, string html, FindingCode[] expected, string currency = "BRL", Money? total = null, DateOnly? date = null, string? number = null, string? issuer = null) =>
        new(name, "chromium", kind, () => ChromiumPrinter.PrintAsync(html), expected, currency, total, date, number, issuer);

    private static CorpusEntry Office(string name, EvidenceKind kind, Func<byte[]> make, FindingCode[] expected, string currency = "BRL", Money? total = null, DateOnly? date = null, string? number = null, string? issuer = null) =>
        new(name, "openxml", kind, () => Task.FromResult(make()), expected, currency, total, date, number, issuer);

    private static CorpusEntry Text(string name, EvidenceKind kind, string text, FindingCode[] expected, Money? total = null, DateOnly? date = null, string? number = null) =>
        Text(name, kind, System.Text.Encoding.UTF8.GetBytes(text), expected, total, date, number);

    private static CorpusEntry Text(string name, EvidenceKind kind, byte[] bytes, FindingCode[] expected, Money? total = null, DateOnly? date = null, string? number = null) =>
        new(name, "text", kind, () => Task.FromResult(bytes), expected, "BRL", total, date, number);

    /// <summary>A Windows PE header (MZ, the DOS stub and "PE\0\0"): a program, whatever its name.</summary>
    public static byte[] Executable()
    {
        var bytes = new byte[1024];
        "MZ"u8.CopyTo(bytes);
        bytes[0x3C] = 0x80;
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        "This program cannot be run in DOS mode."u8.CopyTo(bytes.AsSpan(0x4E));
        return bytes;
    }

    /// <summary>A ZIP archive with a text file: not an OOXML package.</summary>
    public static byte[] PlainZip()
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("not a document");
        }

        return output.ToArray();
    }
}
