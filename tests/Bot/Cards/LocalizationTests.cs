using CoopAssistant.Claims.Localization;
using System.Collections;
using System.Globalization;
using System.Resources;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Tests.Cards;

public class LocalizationTests
{
    [Fact]
    public void Resources_EveryEnglishKeyHasADifferentPortugueseText()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var portuguese = Entries(UserCulture.Portuguese);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), portuguese.Keys.Order());
        Assert.All(english.Where(e => !SameInBothLanguages.Contains(e.Key)), e => Assert.NotEqual(e.Value, portuguese[e.Key]));
    }

    // docs/glossary.md keeps these terms the same in both languages ("status", so the typed status command too; program
    // names as the seed has them).
    private static readonly HashSet<string> SameInBothLanguages = [nameof(Strings.FieldStatus), nameof(Strings.ChatCommandStatus), nameof(Strings.ProgramOnlineServicesAdvisor)];

    [Fact]
    public void Resources_PortugueseUsesTheSeedTerms()
    {
        var all = string.Join('\n', Entries(UserCulture.Portuguese).Values);

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
        var welcomeEn = WelcomeCard.Create(UserCulture.English).ToJson();
        var welcomePt = WelcomeCard.Create(UserCulture.Portuguese).ToJson();
        var helpEn = HelpCard.Create(UserCulture.English).ToJson();
        var helpPt = HelpCard.Create(UserCulture.Portuguese).ToJson();

        Assert.Contains("Welcome to CoopAssistant", welcomeEn);
        Assert.Contains("Boas-vindas ao CoopAssistant", welcomePt);
        Assert.Contains("new claim", helpEn);
        Assert.Contains("nova reivindicação", helpPt);
        Assert.DoesNotContain("Welcome", welcomePt);
        Assert.DoesNotContain("What I can do", helpPt);
    }

    [Fact]
    public void EverySampleCard_HasItsFallbackTextInTheCardsLanguage()
    {
        var english = BotText.For(UserCulture.English)[nameof(Strings.CardFallbackText)];
        var portuguese = BotText.For(UserCulture.Portuguese)[nameof(Strings.CardFallbackText)];

        Assert.NotEqual(english, portuguese);
        Assert.All(SampleCards.All(), sample =>
            Assert.Equal(sample.Name.EndsWith("/pt-BR", StringComparison.Ordinal) ? portuguese : english, sample.Card.FallbackText));
    }

    [Fact]
    public void BotText_Format_UsesTheCultureOfTheText()
    {
        var pt = BotText.For(UserCulture.Portuguese);

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
