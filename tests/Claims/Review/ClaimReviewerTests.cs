using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Claims.Tests.Review;

/// <summary>Every check of issue 21, each with a case that finds it and one that does not.</summary>
public sealed class ClaimReviewerTests
{
    private static readonly string[] SeminarProof =
    [
        "Convite: Seminário de lançamento", "Agenda do evento", "Lista de presença: 42 participantes inscritos", "Data do evento: 20/03/2026",
    ];

    [Fact]
    public void NoCostBasis_Blocks_WhenNeitherAnInvoiceNorAStatementIsAttached()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.ProofOfExecution, string.Join('\n', SeminarProof));

        var report = scenario.Review();

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCode.NoCostBasis);
        Assert.Equal(ReviewSeverity.Blocks, finding.Severity);
        Assert.True(report.IsBlocked);
    }

    [Theory]
    [InlineData(EvidenceKind.VendorInvoice)]
    [InlineData(EvidenceKind.CertificationStatement)]
    public void NoCostBasis_IsNotFound_WithAnInvoiceOrAStatement(EvidenceKind kind)
    {
        var scenario = new Scenario();
        scenario.Add(kind, Scenario.Nfse());

        Assert.DoesNotContain(scenario.Review().Findings, f => f.Code == FindingCode.NoCostBasis);
    }

    [Fact]
    public void InvoiceDateOutsidePeriod_Warns_AndShowsTheDateAndThePeriod()
    {
        var scenario = new Scenario();
        var invoice = scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(date: "15/08/2026"));

        var finding = Assert.Single(scenario.Review().Findings, f => f.Code == FindingCode.InvoiceDateOutsidePeriod);

        Assert.Equal(ReviewSeverity.Warns, finding.Severity);
        Assert.Equal(invoice.Id, finding.DocumentId);
        Assert.Equal(new DateValue(new DateOnly(2026, 8, 15)), finding.Values[0]);
        Assert.Equal(new PeriodValue(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), finding.Values[1]);
        Assert.Equal("Fatura com data de 15/08/2026, fora do período de uso 01/01/2026 – 30/06/2026.", ReviewTexts.Describe(finding, ClaimTextsCultures.Portuguese));
        Assert.Equal("Invoice dated Aug 15, 2026, outside the usage period Jan 1, 2026 – Jun 30, 2026.", ReviewTexts.Describe(finding, ClaimTextsCultures.English));
    }

    [Fact]
    public void InvoiceDateOutsidePeriod_IsNotFound_ForAnInvoiceInThePeriod()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(date: "30/06/2026"));

        Assert.DoesNotContain(scenario.Review().Findings, f => f.Code == FindingCode.InvoiceDateOutsidePeriod);
    }

    [Fact]
    public void DateOrderAssumed_IsStated_ForAnAmbiguousInvoiceDate()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(date: "03/04/2026"));

        var finding = Assert.Single(scenario.Review().Findings, f => f.Code == FindingCode.DateOrderAssumed);

        Assert.Equal(ReviewSeverity.Info, finding.Severity);
        Assert.Equal("\"03/04/2026\" lido como 03/04/2026, supondo a ordem de dia e mês de um documento em português.", ReviewTexts.Describe(finding, ClaimTextsCultures.Portuguese));
        Assert.Equal("Read \"03/04/2026\" as Apr 3, 2026, assuming the order of day and month of a document in Portuguese.", ReviewTexts.Describe(finding, ClaimTextsCultures.English));
    }

    [Fact]
    public void ExecutionDateOutsidePeriod_Warns_ForAProofWhoseEventDateIsOutside()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse());
        var proof = scenario.Add(EvidenceKind.ProofOfExecution, "Convite\nAgenda\nData do evento: 10/07/2026");

        var finding = Assert.Single(scenario.Review().Findings, f => f.Code == FindingCode.ExecutionDateOutsidePeriod);

        Assert.Equal(proof.Id, finding.DocumentId);
        Assert.Equal(ReviewSeverity.Warns, finding.Severity);
        Assert.Equal(new DateValue(new DateOnly(2026, 7, 10)), finding.Values[0]);
    }

    [Fact]
    public void ExecutionDateOutsidePeriod_Warns_ForTheClaimsActivityDate()
    {
        var scenario = new Scenario();
        scenario.Claim = scenario.Claim with { ActivityDate = new DateOnly(2025, 12, 20) };
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse());

        var finding = Assert.Single(scenario.Review().Findings, f => f.Code == FindingCode.ExecutionDateOutsidePeriod);

        Assert.Null(finding.DocumentId);
    }

    [Fact]
    public void ExecutionDateOutsidePeriod_IsNotFound_WhenEveryExecutionDateIsInside()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse());
        scenario.Add(EvidenceKind.ProofOfExecution, string.Join('\n', SeminarProof));

        Assert.DoesNotContain(scenario.Review().Findings, f => f.Code == FindingCode.ExecutionDateOutsidePeriod);
    }

    [Fact]
    public void CurrencyMismatch_Warns_ForAnInvoiceInAnotherCurrency()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.EnglishInvoice());

        var finding = Assert.Single(scenario.Review().Findings, f => f.Code == FindingCode.CurrencyMismatch);

        Assert.Equal(ReviewSeverity.Warns, finding.Severity);
        Assert.Equal(new MoneyValue(new Money(10_000m, "USD")), finding.Values[0]);
        Assert.Equal("The total USD 10,000.00 is not in the claim's currency (BRL).", ReviewTexts.Describe(finding, ClaimTextsCultures.English));
    }

    [Fact]
    public void CurrencyMismatch_IsNotFound_ForAnInvoiceInTheClaimsCurrency()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse());

        Assert.DoesNotContain(scenario.Review().Findings, f => f.Code == FindingCode.CurrencyMismatch);
    }

    [Fact]
    public void AmountNotSupported_Blocks_AndShowsBothSumsAndTheDocumentsCounted()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(total: "R$ 6.000,00", number: "1"), name: "nfse-1.pdf");
        scenario.Add(EvidenceKind.CertificationStatement, "Declaração e Relatório de Certificação\nCusto total: R$ 3.000,00", name: "sac.pdf");

        var report = scenario.Review();

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCode.AmountNotSupported);
        Assert.Equal(ReviewSeverity.Blocks, finding.Severity);
        Assert.Equal(new Money(9_000m, "BRL"), report.SupportedAmount);
        Assert.Equal(
            "The documents support BRL 9,000.00, less than the BRL 10,000.00 claimed (counted: nfse-1.pdf; sac.pdf).",
            ReviewTexts.Describe(finding, ClaimTextsCultures.English));
        Assert.Equal(
            "Os documentos comprovam BRL 9.000,00, menos que os BRL 10.000,00 reivindicados (contados: nfse-1.pdf; sac.pdf).",
            ReviewTexts.Describe(finding, ClaimTextsCultures.Portuguese));
    }

    [Fact]
    public void AmountNotSupported_IsNotFound_WhenTheDocumentsAddUpToTheAmount()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(total: "R$ 6.000,00", number: "1"));
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(total: "R$ 4.000,00", number: "2"));

        var report = scenario.Review();

        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCode.AmountNotSupported);
        Assert.Equal(new Money(10_000m, "BRL"), report.SupportedAmount);
    }

    [Fact]
    public void AmountNotSupported_CountsTheSameInvoiceOnce()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(total: "R$ 5.000,00", number: "7"));
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(total: "R$ 5.000,00", number: "0007"));

        var report = scenario.Review();

        Assert.Equal(new Money(5_000m, "BRL"), report.SupportedAmount);
        Assert.Contains(report.Findings, f => f.Code == FindingCode.AmountNotSupported);
    }

    [Fact]
    public void AmountNotSupported_OnlyWarns_WhenADocumentsTotalCouldNotBeRead()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(total: "R$ 6.000,00"));
        var scan = scenario.Add(EvidenceKind.VendorInvoice, new DocumentReading(DocumentReadStatus.NoText, "pdf", string.Empty));

        var report = scenario.Review();

        Assert.Equal(ReviewSeverity.Warns, Assert.Single(report.Findings, f => f.Code == FindingCode.AmountNotSupported).Severity);
        Assert.Contains(report.Findings, f => f.Code == FindingCode.Unreadable && f.DocumentId == scan.Id);
        Assert.False(report.IsBlocked);
    }

    [Fact]
    public void TotalNotFound_IsANote_ForAnInvoiceReadWithoutATotal()
    {
        var scenario = new Scenario();
        var invoice = scenario.Add(EvidenceKind.VendorInvoice, "Fatura nº 12\nServiços de evento");

        Assert.Contains(scenario.Review().Findings, f => f.Code == FindingCode.TotalNotFound && f.DocumentId == invoice.Id && f.Severity == ReviewSeverity.Info);
    }

    [Theory]
    [InlineData("Parceira Exemplo Tecnologia Ltda", "99.000.123/0001-90")]
    [InlineData("Outra Empresa S.A.", Scenario.PartnerCnpj)]
    [InlineData("PARCEIRA EXEMPLO TECNOLOGIA LTDA.", "99.000.123/0001-90")]
    public void SelfIssuedInvoice_Blocks_WhenTheIssuerIsThePartnerByNameOrTaxId(string issuerName, string issuerCnpj)
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(issuerName: issuerName, issuerCnpj: issuerCnpj));

        var finding = Assert.Single(scenario.Review().Findings, f => f.Code == FindingCode.SelfIssuedInvoice);

        Assert.Equal(ReviewSeverity.Blocks, finding.Severity);
        Assert.Equal("This is in-house work: use a certification statement (CSR) instead of an invoice.", ReviewTexts.Advise(finding, ClaimTextsCultures.English));
    }

    [Fact]
    public void SelfIssuedInvoice_IsNotFound_ForAThirdPartysInvoice_WhereThePartnerIsTheCustomer()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse());

        Assert.DoesNotContain(scenario.Review().Findings, f => f.Code == FindingCode.SelfIssuedInvoice);
    }

    [Fact]
    public void DuplicateFile_Blocks_AndNamesTheOtherClaim_OnlyWhenThePersonMaySeeIt()
    {
        var visible = new Scenario();
        var invoice = visible.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(), sha256: "aa11");
        visible.Other(new OtherClaimEvidence(Guid.NewGuid(), "Feira de março", true, ["AA11"], []));
        var hidden = new Scenario();
        hidden.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(), sha256: "aa11");
        hidden.Other(new OtherClaimEvidence(Guid.NewGuid(), "Secret claim", false, ["aa11"], []));

        var shown = Assert.Single(visible.Review().Findings, f => f.Code == FindingCode.DuplicateFile);
        var masked = Assert.Single(hidden.Review().Findings, f => f.Code == FindingCode.DuplicateFile);

        Assert.Equal(invoice.Id, shown.DocumentId);
        Assert.Equal(ReviewSeverity.Blocks, shown.Severity);
        Assert.Equal("The same file is attached to Feira de março.", ReviewTexts.Describe(shown, ClaimTextsCultures.English));
        Assert.Equal("The same file is attached to another claim in your organization.", ReviewTexts.Describe(masked, ClaimTextsCultures.English));
        Assert.DoesNotContain("Secret", ReviewTexts.Describe(masked, ClaimTextsCultures.Portuguese), StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateInvoice_Blocks_ForTheSameIssuerAndNumber_InAnotherFile()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(number: "000123"));
        scenario.Other(new OtherClaimEvidence(Guid.NewGuid(), "Feira de março", true, ["ffff"], ["11222333000181|123"]));

        var finding = Assert.Single(scenario.Review().Findings, f => f.Code == FindingCode.DuplicateInvoice);

        Assert.Equal("A fatura 000123 já está em Feira de março.", ReviewTexts.Describe(finding, ClaimTextsCultures.Portuguese));
    }

    [Fact]
    public void Duplicates_AreNotFound_ForAnotherIssuersInvoiceWithTheSameNumber()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(number: "123", issuerCnpj: "11.444.777/0001-61"));
        scenario.Other(new OtherClaimEvidence(Guid.NewGuid(), "Feira", true, ["ffff"], ["11222333000181|123"]));

        Assert.DoesNotContain(scenario.Review().Findings, f => f.Code is FindingCode.DuplicateInvoice or FindingCode.DuplicateFile);
    }

    [Fact]
    public void Duplicates_IgnoreTheClaimItself_AmongTheOtherClaims()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(), sha256: "aa11");
        scenario.Other(new OtherClaimEvidence(scenario.Claim.ClaimId, "This claim", true, ["aa11"], ["11222333000181|2026000123"]));

        Assert.DoesNotContain(scenario.Review().Findings, f => f.Code is FindingCode.DuplicateInvoice or FindingCode.DuplicateFile);
    }

    [Fact]
    public void ProofMissingExpected_Warns_AndListsWhatTheActivityNeeds()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse());
        scenario.Add(EvidenceKind.ProofOfExecution, "Relatório mensal de vendas\nReceita do trimestre: R$ 80.000,00");

        var finding = Assert.Single(scenario.Review().Findings, f => f.Code == FindingCode.ProofMissingExpected);

        Assert.Equal(ReviewSeverity.Warns, finding.Severity);
        Assert.Equal(
            "This proof of execution shows none of what a Seminar needs: the invitation; the agenda; photos; the registered guests.",
            ReviewTexts.Describe(finding, ClaimTextsCultures.English));
    }

    [Theory]
    [InlineData("Convite para o nosso evento")]
    [InlineData("Attendees: 40 registered guests")]
    [InlineData("AGENDA\n09:00 Abertura")]
    public void ProofMissingExpected_IsNotFound_WhenTheProofShowsSomethingExpected(string text)
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse());
        scenario.Add(EvidenceKind.ProofOfExecution, text);

        Assert.DoesNotContain(scenario.Review().Findings, f => f.Code == FindingCode.ProofMissingExpected);
    }

    [Fact]
    public void ProofMissingExpected_TakesAPicture_AsThePhotosOfASeminar_ButNotAsADigitalAdsClickReport()
    {
        var seminar = new Scenario();
        seminar.Add(EvidenceKind.VendorInvoice, Scenario.Nfse());
        seminar.Add(EvidenceKind.ProofOfExecution, new DocumentReading(DocumentReadStatus.NoText, "jpeg", string.Empty, IsImage: true));
        var telemarketing = new Scenario();
        telemarketing.Claim = telemarketing.Claim with { ActivityType = ActivityType.Telemarketing };
        telemarketing.Add(EvidenceKind.VendorInvoice, Scenario.Nfse());
        telemarketing.Add(EvidenceKind.ProofOfExecution, new DocumentReading(DocumentReadStatus.NoText, "jpeg", string.Empty, IsImage: true));

        Assert.DoesNotContain(seminar.Review().Findings, f => f.Code == FindingCode.ProofMissingExpected);
        Assert.Contains(telemarketing.Review().Findings, f => f.Code == FindingCode.ProofMissingExpected);
    }

    [Theory]
    [InlineData(DocumentReadStatus.NoText, FindingCode.Unreadable, ReviewSeverity.Info)]
    [InlineData(DocumentReadStatus.Encrypted, FindingCode.Encrypted, ReviewSeverity.Warns)]
    [InlineData(DocumentReadStatus.Corrupt, FindingCode.Corrupt, ReviewSeverity.Warns)]
    [InlineData(DocumentReadStatus.Refused, FindingCode.RefusedContent, ReviewSeverity.Blocks)]
    public void Readability_GivesEachUnreadableDocument_AClearFinding(DocumentReadStatus status, FindingCode code, ReviewSeverity severity)
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse());
        var document = scenario.Add(EvidenceKind.ProofOfExecution, DocumentReading.Failed(status, status == DocumentReadStatus.Refused ? "executable" : "pdf"));

        var finding = Assert.Single(scenario.Review().Findings, f => f.DocumentId == document.Id);

        Assert.Equal(code, finding.Code);
        Assert.Equal(severity, finding.Severity);
    }

    [Fact]
    public void Readability_SaysARefusedFileIsAProgram_AndAPasswordNeedsAnUnprotectedCopy()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, DocumentReading.Failed(DocumentReadStatus.Refused, "executable"), "invoice.pdf");
        scenario.Add(EvidenceKind.VendorInvoice, DocumentReading.Failed(DocumentReadStatus.Encrypted, "pdf"), "locked.pdf");

        var findings = scenario.Review().Findings;

        Assert.Equal(
            "This file is not a document that evidence can be: its content is a program.",
            ReviewTexts.Describe(Assert.Single(findings, f => f.Code == FindingCode.RefusedContent), ClaimTextsCultures.English));
        Assert.Equal(
            "Anexe uma cópia sem proteção: os revisores também não conseguem abri-lo.",
            ReviewTexts.Advise(Assert.Single(findings, f => f.Code == FindingCode.Encrypted), ClaimTextsCultures.Portuguese));
    }

    [Fact]
    public void Readability_NotesADocumentReadOnlyInPart()
    {
        var scenario = new Scenario();
        var document = scenario.Add(EvidenceKind.VendorInvoice, new DocumentReading(DocumentReadStatus.Read, "pdf", Scenario.Nfse(), 50, 10_000, ReadLimit.Pages));

        var finding = Assert.Single(scenario.Review().Findings, f => f.Code == FindingCode.PartiallyRead);

        Assert.Equal(document.Id, finding.DocumentId);
        Assert.Equal("Only part of this document was read (50/10000: page limit).", ReviewTexts.Describe(finding, ClaimTextsCultures.English));
    }

    [Fact]
    public void InvalidTaxId_Warns_ForACnpjWithWrongCheckDigits()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(issuerCnpj: "11.222.333/0001-99"));

        var finding = Assert.Single(scenario.Review().Findings, f => f.Code == FindingCode.InvalidTaxId);

        Assert.Equal(new TextValue("11.222.333/0001-99"), finding.Values[0]);
    }

    [Fact]
    public void AValidClaim_HasNoOpenWarningOrBlock_AndEveryDocumentIsFine()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse());
        scenario.Add(EvidenceKind.ProofOfExecution, string.Join('\n', SeminarProof));

        var report = scenario.Review();

        Assert.Empty(report.Findings);
        Assert.All(report.Documents, d => Assert.Equal(DocumentOutcome.Fine, d.Outcome));
        Assert.Equal("11222333000181|2026000123", report.Documents[0].InvoiceKey);
    }
}
