using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Claims.Tests.Review;

public sealed class AcceptanceTests
{
    private static readonly DateTimeOffset When = new(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AWarning_AcceptedWithAReason_CarriesWhoWhenWhy_AndTheDocumentIsFine()
    {
        var scenario = new Scenario();
        var invoice = scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(date: "15/08/2026"));
        scenario.Accept(new FindingAcceptance(FindingCode.InvoiceDateOutsidePeriod, invoice.Id, "Ana", false, When, "Paid in advance; the event was in June"));

        var report = scenario.Review();

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCode.InvoiceDateOutsidePeriod);
        Assert.Equal("Ana", finding.Acceptance?.AcceptedBy);
        Assert.Equal(When, finding.Acceptance?.AcceptedAt);
        Assert.Equal("Paid in advance; the event was in June", finding.Acceptance?.Reason);
        Assert.Equal(DocumentOutcome.Fine, report.Documents.Single(d => d.DocumentId == invoice.Id).Outcome);
    }

    [Fact]
    public void AnAcceptance_WithoutAReason_OrForAnotherDocument_AcceptsNothing()
    {
        var scenario = new Scenario();
        var invoice = scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(date: "15/08/2026"));
        scenario.Accept(new FindingAcceptance(FindingCode.InvoiceDateOutsidePeriod, invoice.Id, "Ana", false, When, "  "));
        scenario.Accept(new FindingAcceptance(FindingCode.InvoiceDateOutsidePeriod, Guid.NewGuid(), "Ana", false, When, "other document"));

        var finding = Assert.Single(scenario.Review().Findings, f => f.Code == FindingCode.InvoiceDateOutsidePeriod);

        Assert.Null(finding.Acceptance);
    }

    [Fact]
    public void ADuplicate_AcceptedByAnAdministratorWithAReason_NoLongerBlocks()
    {
        var scenario = new Scenario();
        var invoice = scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(), sha256: "aa11");
        scenario.Other(new OtherClaimEvidence(Guid.NewGuid(), "Feira", true, ["aa11"], []));
        scenario.Accept(new FindingAcceptance(FindingCode.DuplicateFile, invoice.Id, "Admin", true, When, "One invoice split across two activities"));

        var report = scenario.Review();

        Assert.NotNull(Assert.Single(report.Findings, f => f.Code == FindingCode.DuplicateFile).Acceptance);
        Assert.False(report.IsBlocked);
    }

    [Fact]
    public void ADuplicate_AcceptedBySomeoneWhoIsNotAnAdministrator_StillBlocks()
    {
        var scenario = new Scenario();
        var invoice = scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(), sha256: "aa11");
        scenario.Other(new OtherClaimEvidence(Guid.NewGuid(), "Feira", true, ["aa11"], []));
        scenario.Accept(new FindingAcceptance(FindingCode.DuplicateFile, invoice.Id, "User", false, When, "It is fine"));

        Assert.True(scenario.Review().IsBlocked);
    }

    [Fact]
    public void ABlockingFindingOtherThanADuplicate_CannotBeAccepted_EvenByAnAdministrator()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.ProofOfExecution, "Convite");
        scenario.Accept(new FindingAcceptance(FindingCode.NoCostBasis, null, "Admin", true, When, "We will add it later"));

        var report = scenario.Review();

        Assert.Null(Assert.Single(report.Findings, f => f.Code == FindingCode.NoCostBasis).Acceptance);
        Assert.True(report.IsBlocked);
    }
}
