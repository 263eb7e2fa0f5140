using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Claims.Tests.Rules;

public class ChecklistTests
{
    [Theory]
    [InlineData(false, false, new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.ProofOfExecution })]
    [InlineData(true, false, new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution })]
    [InlineData(false, true, new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.CertificationStatement, EvidenceKind.ProofOfExecution })]
    [InlineData(true, true, new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.CertificationStatement, EvidenceKind.ProofOfExecution })]
    public void Evaluate_WithNoEvidence_MissesExactlyTheRequiredKinds(bool vendors, bool inHouse, EvidenceKind[] expected)
    {
        var result = Checklist.Evaluate(vendors, inHouse, []);
        Assert.Equal(expected, result.Missing);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Evaluate_NeitherVendorsNorInHouseWork_IsABlockingItem_EvenWithEveryEvidenceKind()
    {
        var result = Checklist.Evaluate(false, false, Enum.GetValues<EvidenceKind>());
        Assert.True(result.CostBasisMissing);
        Assert.False(result.IsComplete);
        Assert.False(Checklist.Evaluate(false, true, Enum.GetValues<EvidenceKind>()).CostBasisMissing);
    }

    [Fact]
    public void Ready_WithNoCostBasis_IsRefusedWithItsOwnReason()
    {
        var facts = new TransitionFacts(Checklist.Evaluate(false, false, Enum.GetValues<EvidenceKind>()), 10, 0);
        var error = ClaimLifecycle.Check(ClaimStatus.Draft, ClaimStatus.Ready, facts);
        Assert.Equal(CoopAssistant.Claims.Validation.ClaimErrorCode.CostBasisMissing, error?.Code);
    }

    [Fact]
    public void Evaluate_WithEveryRequiredKind_IsComplete_AndCountsItems()
    {
        var result = Checklist.Evaluate(true, false,
            [EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution]);
        Assert.True(result.IsComplete);
        Assert.Empty(result.Missing);
        Assert.Equal(2, result.Items.Single(i => i.Kind == EvidenceKind.VendorInvoice).Count);
        Assert.False(result.Items.Single(i => i.Kind == EvidenceKind.CertificationStatement).Required);
    }

    [Fact]
    public void Evaluate_ExtraKindsDoNotSatisfyMissingOnes()
    {
        var result = Checklist.Evaluate(false, true, [EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution, EvidenceKind.CoreRequirementDocumentation]);
        Assert.Equal([EvidenceKind.CertificationStatement], result.Missing);
    }

    [Fact]
    public void DescribeMissing_SpeaksTheUsersLanguage_WithTheSeedsTerms()
    {
        var result = Checklist.Evaluate(true, true, []);
        var pt = Checklist.DescribeMissing(result, UserCulture.Portuguese);
        Assert.Contains(pt, s => s.Contains("Declaração e Relatório de Certificação (SAC)"));
        Assert.Contains(pt, s => s.Contains("Comprovação de execução"));
        Assert.Contains(pt, s => s.Contains("Faturas de fornecedores terceirizados"));
        var en = Checklist.DescribeMissing(result, UserCulture.English);
        Assert.Contains(en, s => s.Contains("Certification Statement and Report (CSR)"));
        Assert.Contains(en, s => s.Contains("Proof of execution"));
        Assert.Equal(4, en.Count);
    }
}
