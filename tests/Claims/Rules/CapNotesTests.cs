using System.Globalization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Claims.Tests.Rules;

public class CapNotesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Portuguese = CultureInfo.GetCultureInfo("pt-BR");

    [Fact]
    public void AUsdLimit_OnAClaimInAnotherCurrency_IsStatedAsAUsdLimit_InBothLanguages()
    {
        var english = Assert.Single(CapNotes.For(ActivityType.SyndicatedContent, "BRL", fundKnown: false, English));
        Assert.Equal("Cap US$ 18,750 per usage period, across your claims of this activity type. This claim is in BRL: check the converted amount yourself.", english);
        var portuguese = Assert.Single(CapNotes.For(ActivityType.SyndicatedContent, "BRL", fundKnown: false, Portuguese));
        Assert.Equal("Limite de US$ 18.750 por período de uso, somando suas reivindicações deste tipo de atividade. Esta reivindicação está em BRL: confira você mesmo o valor convertido.", portuguese);

        // A USD claim is checked against it: no conversion to do.
        Assert.DoesNotContain("converted", Assert.Single(CapNotes.For(ActivityType.SyndicatedContent, "USD", fundKnown: false, English)), StringComparison.Ordinal);
    }

    [Fact]
    public void AShareOfFunds_IsStatedAsNotChecked_OnlyWhenNoFundIsKnown()
    {
        var notChecked = Assert.Single(CapNotes.For(ActivityType.CustomerOffer, "USD", fundKnown: false, English));
        Assert.Equal("Up to 25% of your co-op funds for the usage period (100% for Surface), across your claims of this activity type. "
            + "No fund is recorded for this claim, so this is not checked here: import your funds to have it checked.", notChecked);
        Assert.DoesNotContain("not checked", Assert.Single(CapNotes.For(ActivityType.OnSiteChamp, "USD", fundKnown: true, English)), StringComparison.Ordinal);
        Assert.StartsWith("Até o maior valor entre 10% dos seus fundos de marketing cooperativos do período de uso e US$ 3.000",
            Assert.Single(CapNotes.For(ActivityType.DemoUnits, "BRL", fundKnown: false, Portuguese)), StringComparison.Ordinal);
    }

    [Fact]
    public void MicrosoftHostedConferences_StateEveryLimit_AndTypesWithoutCapsStateNone()
    {
        Assert.Equal(
        [
            "At most 3 attendees.",
            "At most US$ 5,000 per person. This claim is in EUR: check the converted amount yourself.",
            "Cap US$ 45,000 per usage period, across your claims of this activity type. This claim is in EUR: check the converted amount yourself.",
        ], CapNotes.For(ActivityType.MicrosoftHostedConference, "EUR", fundKnown: true, English));
        Assert.Equal("No máximo 3 participantes.", CapNotes.For(ActivityType.MicrosoftHostedConference, "USD", fundKnown: true, Portuguese)[0]);
        Assert.Empty(CapNotes.For(ActivityType.Seminar, "BRL", fundKnown: false, English));
    }

    [Fact]
    public void EveryCapRow_NamesItsSource()
    {
        Assert.All(ActivityTypeCatalog.All.SelectMany(t => t.Caps), cap => Assert.Equal("learn.microsoft.com", cap.Source.Host));
    }
}
