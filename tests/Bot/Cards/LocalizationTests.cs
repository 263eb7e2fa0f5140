using System.Collections;
using System.Globalization;
using System.Resources;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Tests.Cards;

public class LocalizationTests
{
    [Theory]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("pt", "pt-BR")]
    [InlineData("PT-pt", "pt-BR")]
    [InlineData("pt_BR", "pt-BR")]
    [InlineData("en-US", "en-US")]
    [InlineData("en-GB", "en-US")]
    [InlineData("fr-FR", "en-US")]
    [InlineData("", "en-US")]
    [InlineData(null, "en-US")]
    public void FromLocale_PortugueseOnlyWhenTheLocaleStartsWithPt(string? locale, string expected) =>
        Assert.Equal(expected, BotCulture.FromLocale(locale).Name);

    [Fact]
    public void Resources_EveryEnglishKeyHasADifferentPortugueseText()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var portuguese = Entries(BotCulture.BrazilianPortuguese);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), portuguese.Keys.Order());
        Assert.All(english, e => Assert.NotEqual(e.Value, portuguese[e.Key]));
    }

    [Fact]
    public void Resources_PortugueseUsesTheSeedTerms()
    {
        var all = string.Join('\n', Entries(BotCulture.BrazilianPortuguese).Values);

        Assert.Contains("reivindicação", all);
        Assert.Contains("comprovação de execução", all);
        Assert.Contains("Declaração e Relatório de Certificação (SAC)", all);
    }

    [Fact]
    public void ReminderTexts_EveryKeyHasADifferentPortugueseText_UsingTheSeedTermForClaim()
    {
        var pt = CultureInfo.GetCultureInfo("pt-BR");
        var en = CultureInfo.GetCultureInfo("en-US");

        Assert.NotEmpty(CoopAssistant.Bot.Reminders.ReminderText.Keys);
        Assert.All(CoopAssistant.Bot.Reminders.ReminderText.Keys, k =>
            Assert.NotEqual(CoopAssistant.Bot.Reminders.ReminderText.Get(k, en), CoopAssistant.Bot.Reminders.ReminderText.Get(k, pt)));
        Assert.Contains("reivindicação", CoopAssistant.Bot.Reminders.ReminderText.Get("DeadlineTitle", pt), StringComparison.Ordinal);
    }

    [Fact]
    public void WelcomeAndHelp_DifferByLanguage()
    {
        var welcomeEn = WelcomeCard.Create(BotCulture.English).ToJson();
        var welcomePt = WelcomeCard.Create(BotCulture.BrazilianPortuguese).ToJson();
        var helpEn = HelpCard.Create(BotCulture.English).ToJson();
        var helpPt = HelpCard.Create(BotCulture.BrazilianPortuguese).ToJson();

        Assert.Contains("Welcome to CoopAssistant", welcomeEn);
        Assert.Contains("Boas-vindas ao CoopAssistant", welcomePt);
        Assert.Contains("new claim", helpEn);
        Assert.Contains("nova reivindicação", helpPt);
        Assert.DoesNotContain("Welcome", welcomePt);
        Assert.DoesNotContain("What I can do", helpPt);
    }

    [Fact]
    public void BotText_Format_UsesTheCultureOfTheText()
    {
        var pt = BotText.For(BotCulture.BrazilianPortuguese);

        Assert.Equal("1.234,50", string.Format(pt.Culture, "{0:N2}", 1234.5m));
        Assert.Contains("“x”", pt.Format(nameof(Strings.NotUnderstoodText), "x"));
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Strings.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for {culture.Name}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }
}
