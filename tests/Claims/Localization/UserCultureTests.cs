using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Claims.Tests.Localization;

public class UserCultureTests
{
    [Theory]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("pt", "pt-BR")]
    [InlineData("PT-pt", "pt-BR")]
    [InlineData("pt_BR", "pt-BR")]
    [InlineData(" pt-BR ", "pt-BR")]
    [InlineData("en-US", "en-US")]
    [InlineData("en-GB", "en-US")]
    [InlineData("fr-FR", "en-US")]
    [InlineData("ptx", "en-US")]
    [InlineData("", "en-US")]
    [InlineData(null, "en-US")]
    public void FromTag_PortugueseForAPortugueseTag_EnglishOtherwise(string? tag, string expected) =>
        Assert.Equal(expected, UserCulture.FromTag(tag).Name);

    [Theory]
    [InlineData("pt-BR,pt;q=0.9,en;q=0.8", "pt-BR")]
    [InlineData("en-US,en;q=0.9,pt-BR;q=0.8", "en-US")]
    [InlineData("en;q=0.5, pt-BR", "pt-BR")]
    [InlineData("fr-FR,pt-BR;q=0.8", "pt-BR")]
    [InlineData("fr-FR, de;q=0.9", "en-US")]
    [InlineData("*", "en-US")]
    [InlineData("", "en-US")]
    [InlineData("pt-BR;q=nonsense, en;q=0.2", "en-US")]
    public void FromAcceptLanguage_TheBestQualityLanguageSpoken_SkippingOthers(string header, string expected) =>
        Assert.Equal(expected, UserCulture.FromAcceptLanguage(header).Name);

    [Fact]
    public void Resolve_ActivityLocaleComesFirst() =>
        Assert.Equal("pt-BR", UserCulture.Resolve(new CultureSources("pt-BR", "en-US", "en-US", "en-US", "en-US")).Name);

    [Fact]
    public void Resolve_UserSettingComesSecond() =>
        Assert.Equal("pt-BR", UserCulture.Resolve(new CultureSources(null, "pt-BR", "en-US", "en-US", "en-US")).Name);

    [Fact]
    public void Resolve_AcceptLanguageComesThird() =>
        Assert.Equal("pt-BR", UserCulture.Resolve(new CultureSources(null, null, "pt-BR,en;q=0.5", "en-US", "en-US")).Name);

    [Fact]
    public void Resolve_OfficeDisplayLanguageComesFourth() =>
        Assert.Equal("pt-BR", UserCulture.Resolve(new CultureSources(null, null, null, "pt-BR", "en-US")).Name);

    [Fact]
    public void Resolve_TenantDefaultComesLast() =>
        Assert.Equal("pt-BR", UserCulture.Resolve(new CultureSources(TenantDefault: "pt-BR")).Name);

    [Fact]
    public void Resolve_NothingKnown_IsEnglish() =>
        Assert.Equal("en-US", UserCulture.Resolve(default).Name);

    [Fact]
    public void Resolve_ASourceInALanguageNotSpoken_PassesToTheNext()
    {
        Assert.Equal("pt-BR", UserCulture.Resolve(new CultureSources(ActivityLocale: "fr-FR", UserSetting: "pt-BR")).Name);
        Assert.Equal("pt-BR", UserCulture.Resolve(new CultureSources(ActivityLocale: "de-DE", AcceptLanguage: "es", TenantDefault: "pt-BR")).Name);
    }

    [Fact]
    public void Of_AnyPortugueseCulture_ReadsPortugueseTexts()
    {
        Assert.Same(UserCulture.Portuguese, UserCulture.Of(System.Globalization.CultureInfo.GetCultureInfo("pt-PT")));
        Assert.Same(UserCulture.English, UserCulture.Of(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
    }
}
