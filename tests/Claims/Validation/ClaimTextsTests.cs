using System.Globalization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Tests.Validation;

public class ClaimTextsTests
{
    [Fact]
    public void EveryCode_KindStatusAndActivity_HasEnglishAndPortugueseText()
    {
        var texts = Enum.GetValues<ClaimErrorCode>().Select(c => (Key: $"Error.{c}", En: ClaimTexts.For(c, UserCulture.English), Pt: ClaimTexts.For(c, UserCulture.Portuguese)))
            .Concat(Enum.GetValues<EvidenceKind>().Select(k => (Key: $"Evidence.{k}", En: ClaimTexts.For(k, UserCulture.English), Pt: ClaimTexts.For(k, UserCulture.Portuguese))))
            .Concat(Enum.GetValues<ClaimStatus>().Select(s => (Key: $"Status.{s}", En: ClaimTexts.For(s, UserCulture.English), Pt: ClaimTexts.For(s, UserCulture.Portuguese))))
            .Concat(Enum.GetValues<ActivityType>().Select(a => (Key: $"Activity.{a}", En: ClaimTexts.For(a, UserCulture.English), Pt: ClaimTexts.For(a, UserCulture.Portuguese))))
            .Concat(Enum.GetValues<ClaimAction>().Select(a => (Key: $"Action.{a}", En: ClaimTexts.For(a, UserCulture.English), Pt: ClaimTexts.For(a, UserCulture.Portuguese))));
        foreach (var (key, en, pt) in texts)
        {
            Assert.NotEqual(key, en);
            Assert.NotEqual(key, pt);
            Assert.False(string.IsNullOrWhiteSpace(pt), key);
        }
    }

    [Fact]
    public void EveryClaimField_ThatHistoryRecords_HasEnglishAndPortugueseNames()
    {
        var fields = typeof(Claim).GetProperties().Where(p => p.PropertyType.IsValueType || p.PropertyType == typeof(string)).Select(p => p.Name)
            .Except(["Id", "TenantId", "Deadline", "RetentionEnd", "UrgencyDate", "CreatedAt", "UpdatedAt", "Version"]);
        foreach (var field in fields.Concat(["EvidenceItem", "DocumentationRequest", "DocumentationRequest.ResolvedOn"]))
        {
            var en = ClaimTexts.Field(field, UserCulture.English);
            var pt = ClaimTexts.Field(field, UserCulture.Portuguese);
            // "Status" is the glossary's pt-BR term too (docs/glossary.md).
            Assert.True(ClaimTexts.Get("Field." + field, UserCulture.English) != "Field." + field && (en != pt || field == "Status"), $"{field}: '{en}' / '{pt}'");
        }
    }

    [Fact]
    public void Portuguese_UsesTheSeedsTerms()
    {
        Assert.Contains("reivindicação", ClaimTexts.For(ClaimErrorCode.NotFound, UserCulture.Portuguese), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Declaração e Relatório de Certificação (SAC) para trabalho interno", ClaimTexts.For(EvidenceKind.CertificationStatement, UserCulture.Portuguese));
        Assert.StartsWith("Comprovação de execução", ClaimTexts.For(EvidenceKind.ProofOfExecution, UserCulture.Portuguese));
        Assert.Contains("Administrador de incentivos", ClaimTexts.For(ClaimErrorCode.Forbidden, UserCulture.Portuguese));
    }

    [Theory]
    [InlineData("pt-PT", true)]
    [InlineData("pt", true)]
    [InlineData("fr-FR", false)]
    [InlineData("en-GB", false)]
    public void OtherCultures_FallBackByLanguage(string culture, bool portuguese)
    {
        var text = ClaimTexts.For(ClaimErrorCode.Conflict, CultureInfo.GetCultureInfo(culture));
        Assert.Equal(portuguese ? ClaimTexts.For(ClaimErrorCode.Conflict, UserCulture.Portuguese) : ClaimTexts.For(ClaimErrorCode.Conflict, UserCulture.English), text);
    }
}
