using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Bot.Tests.Conversation.Claims;

namespace CoopAssistant.Bot.Tests.Reminders;

/// <summary>Issue 20, rule 5: each status shows its Partner Center name too, on the funds-at-risk alert as on every other surface.</summary>
public sealed class FundAlertCardTests
{
    [Theory]
    [InlineData("en-US", "Additional documentation requested (Partner Center: Partner Action Required)", "Draft (Partner Center: Editing)")]
    [InlineData("pt-BR", "(no Partner Center: Partner Action Required)", "Rascunho (no Partner Center: Editing)")]
    public void ClaimsThatCouldUseTheFund_ShowTheirStatusWithItsPartnerCenterName(string language, string requested, string draft)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var fund = new FundView(Guid.NewGuid(), ClaimProgram.PartnerCoop, "HQ", ClaimSamples.Today.AddDays(-200), ClaimSamples.Today.AddDays(-20),
            ClaimSamples.Today.AddDays(25), "BRL", 50_000m, 4_000m, 12_000m, 8_000m, 1_500m, 2);
        var alert = new FundAlertMessage("k", "t", "a", "14d", fund,
        [
            new ClaimSummary(Guid.NewGuid(), "o", "Ana", "Webinar", ClaimStatus.AdditionalDocumentationRequested, ClaimSamples.Today, ClaimSamples.Today, 100m, "BRL", 1),
            new ClaimSummary(Guid.NewGuid(), "o", "Ana", "Seminar", ClaimStatus.Draft, ClaimSamples.Today, ClaimSamples.Today, 100m, "BRL", 1),
        ]);

        var card = FundAlertCard.Create(alert, ClaimSamples.Today, culture, dashboard: null).ToJsonObject();
        var claimFacts = card["body"]!.AsArray().OfType<JsonObject>().Last(e => e["type"]!.GetValue<string>() == "FactSet");
        var titles = claimFacts["facts"]!.AsArray().Select(fact => fact!["title"]!.GetValue<string>()).ToList();

        Assert.Equal(2, titles.Count);
        Assert.EndsWith(requested, titles[0], StringComparison.Ordinal);
        Assert.Equal(draft, titles[1]);
    }
}
