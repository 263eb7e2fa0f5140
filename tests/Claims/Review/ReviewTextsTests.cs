using System.Globalization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Claims.Tests.Review;

/// <summary>pt-BR and en-US for every finding code, every severity and every value the findings show.</summary>
public sealed class ReviewTextsTests
{
    public static TheoryData<FindingCode> Codes() => [.. Enum.GetValues<FindingCode>()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryFindingCode_HasATextAndAnAdvice_InBothLanguages_AndTheyDiffer(FindingCode code)
    {
        foreach (var severity in Enum.GetValues<ReviewSeverity>())
        {
            var finding = new Finding(code, severity, null, null, [new TextValue("a"), new TextValue("b"), new TextValue("c")]);
            foreach (var prefix in new[] { "Finding.", "Advice." })
            {
                var key = ReviewTexts.TextKey(prefix, finding);
                Assert.True(ReviewTexts.Has(key, ClaimTextsCultures.English), $"en-US lacks {key}");
                Assert.True(ReviewTexts.Has(key, ClaimTextsCultures.Portuguese), $"pt-BR lacks {key}");
                Assert.NotEqual(ReviewTexts.Get(key, ClaimTextsCultures.English), ReviewTexts.Get(key, ClaimTextsCultures.Portuguese));
            }

            Assert.DoesNotContain("{", ReviewTexts.Describe(finding, ClaimTextsCultures.Portuguese), StringComparison.Ordinal);
            Assert.DoesNotContain("{", ReviewTexts.Describe(finding, ClaimTextsCultures.English), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryFindingCode_HasADistinctStableCode_ThatParsesBack(FindingCode code)
    {
        var stable = FindingCodes.Stable(code);

        Assert.Matches("^[a-z]+(-[a-z]+)*$", stable);
        Assert.Equal(code, FindingCodes.Parse(stable));
        Assert.Single(Enum.GetValues<FindingCode>(), c => FindingCodes.Stable(c) == stable);
    }

    [Fact]
    public void EveryLocalizedValue_TheChecksUse_ExistsInBothLanguages()
    {
        var keys = new List<string> { "Value.Picture", "Value.NoTextLayer", "Value.AnotherClaim", "Value.NoneCounted" };
        keys.AddRange(Enum.GetValues<ReviewSeverity>().Select(s => "Severity." + s));
        keys.AddRange(Enum.GetValues<ReadLimit>().Select(l => "Limit." + l));
        keys.AddRange(Enum.GetValues<DocumentLanguage>().Select(l => "Language." + l));
        keys.AddRange(Enum.GetValues<ProofItem>().Select(i => "ProofItem." + i));
        keys.AddRange(new[] { "pdf", "docx", "xlsx", "pptx", "ooxml", "zip", "text", "png", "jpeg", "gif", "executable", "unknown", "ole" }.Select(c => "Content." + c));

        foreach (var key in keys)
        {
            Assert.True(ReviewTexts.Has(key, ClaimTextsCultures.English), $"en-US lacks {key}");
            Assert.True(ReviewTexts.Has(key, ClaimTextsCultures.Portuguese), $"pt-BR lacks {key}");
        }
    }

    [Fact]
    public void EveryActivityType_ExpectsSomeProof_ThatHasTexts()
    {
        foreach (var type in Enum.GetValues<ActivityType>())
        {
            Assert.NotEmpty(ProofExpectations.For(type));
        }
    }

    [Fact]
    public void DocumentLine_ShowsTheOutcome_AndTheMostSeriousOpenFinding()
    {
        var scenario = new Scenario();
        scenario.Add(EvidenceKind.VendorInvoice, Scenario.Nfse(issuerName: Scenario.PartnerName, issuerCnpj: Scenario.PartnerCnpj, date: "15/08/2026"), name: "nfse.pdf");
        scenario.Add(EvidenceKind.ProofOfExecution, "Convite", name: "convite.pdf");
        scenario.Add(EvidenceKind.ProofOfExecution, DocumentReading.Failed(DocumentReadStatus.NoText, "png") with { IsImage = true }, name: "foto.png");

        var report = scenario.Review();

        Assert.Equal("✗ nfse.pdf: Esta fatura foi emitida pela sua própria empresa (45.723.174/0001-10).", ReviewTexts.DocumentLine(report.Documents[0], report, ClaimTextsCultures.Portuguese));
        Assert.Equal("✓ convite.pdf", ReviewTexts.DocumentLine(report.Documents[1], report, ClaimTextsCultures.English));
        Assert.Equal("⚠ foto.png: Could not read this document (a picture).", ReviewTexts.DocumentLine(report.Documents[2], report, ClaimTextsCultures.English));
    }

    [Fact]
    public void AnyPortugueseCulture_GetsPortuguese_AndAnyOtherGetsEnglish()
    {
        var finding = new Finding(FindingCode.Encrypted, ReviewSeverity.Warns, null, null, []);

        Assert.Equal(ReviewTexts.Describe(finding, ClaimTextsCultures.Portuguese), ReviewTexts.Describe(finding, CultureInfo.GetCultureInfo("pt-PT")));
        Assert.Equal(ReviewTexts.Describe(finding, ClaimTextsCultures.English), ReviewTexts.Describe(finding, CultureInfo.GetCultureInfo("de-DE")));
    }
}
