using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAssistant.Bot.Tests.AddIn;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.TestKit.App.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Tab;

/// <summary>Issue 20 on the tab's API: a claim's detail states its activity type's caps as the chat's claim card does (in the
/// caller's language, a USD limit on a claim in another currency with the currency statement, a share of funds with no fund as
/// not checked), and the organization view's documentation requests say which respond-by dates were assumed.</summary>
public sealed class TabCapsAndAssumedDatesTests(AddInHostFixture fixture) : IClassFixture<AddInHostFixture>
{
    [Fact]
    public async Task AClaimsDetail_StatesItsCaps_InEnglishAndPortuguese_WithTheCurrencyStatementForAUsdLimit()
    {
        var brl = await SeedAsync(AddInHostFixture.Alice, "Syndicated in reais", 40, 9000m, "BRL", ClaimStatus.Draft, ActivityType.SyndicatedContent);
        using var alice = fixture.Client(fixture.UserToken());

        Assert.Equal(
            ["Cap US$ 18,750 per usage period, across your claims of this activity type. This claim is in BRL: check the converted amount yourself."],
            await CapsAsync(alice, $"/api/tab/claims/{brl.Id}", "en-US"));
        Assert.Equal(
            ["Limite de US$ 18.750 por período de uso, somando suas reivindicações deste tipo de atividade. Esta reivindicação está em BRL: confira você mesmo o valor convertido."],
            await CapsAsync(alice, $"/api/tab/claims/{brl.Id}", "pt-BR"));
    }

    [Fact]
    public async Task AClaimsDetail_StatesAShareOfFundsAsUncheckedWithoutAFund_AndNoCapsForAnUncappedType()
    {
        var offer = await SeedAsync(AddInHostFixture.Alice, "Customer offer", 40, 500m, "USD", ClaimStatus.Draft, ActivityType.CustomerOffer);
        var ads = await SeedAsync(AddInHostFixture.Alice, "Search ads", 40, 500m, "USD", ClaimStatus.Draft, ActivityType.DigitalAdvertising);
        using var alice = fixture.Client(fixture.UserToken());

        var english = Assert.Single(await CapsAsync(alice, $"/api/tab/claims/{offer.Id}", "en-US"));
        Assert.StartsWith("Up to 25% of your co-op funds for the usage period (100% for Surface)", english, StringComparison.Ordinal);
        Assert.EndsWith("No fund is recorded for this claim, so this is not checked here: import your funds to have it checked.", english, StringComparison.Ordinal);
        var portuguese = Assert.Single(await CapsAsync(alice, $"/api/tab/claims/{offer.Id}", "pt-BR"));
        Assert.StartsWith("Até 25% dos seus fundos de marketing cooperativos do período de uso (100% para Surface)", portuguese, StringComparison.Ordinal);
        Assert.Empty(await CapsAsync(alice, $"/api/tab/claims/{ads.Id}", "en-US"));
    }

    [Fact]
    public async Task TheAddInsClaim_StatesItsCaps_InEnglishAndPortuguese()
    {
        var brl = await SeedAsync(AddInHostFixture.Alice, "Syndicated for Outlook", 40, 9000m, "BRL", ClaimStatus.Draft, ActivityType.SyndicatedContent);
        using var alice = fixture.Client(fixture.UserToken());

        Assert.Equal(
            ["Cap US$ 18,750 per usage period, across your claims of this activity type. This claim is in BRL: check the converted amount yourself."],
            await CapsAsync(alice, $"/api/addin/claims/{brl.Id}", "en-US"));
        Assert.Equal(
            ["Limite de US$ 18.750 por período de uso, somando suas reivindicações deste tipo de atividade. Esta reivindicação está em BRL: confira você mesmo o valor convertido."],
            await CapsAsync(alice, $"/api/addin/claims/{brl.Id}", "pt-BR"));

        // The pane's list carries them too (it shows the chosen claim's caps without asking again).
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/addin/claims");
        request.Headers.AcceptLanguage.ParseAdd("pt-BR");
        using var response = await alice.SendAsync(request);
        var listed = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == brl.Id);
        Assert.Equal(
            ["Limite de US$ 18.750 por período de uso, somando suas reivindicações deste tipo de atividade. Esta reivindicação está em BRL: confira você mesmo o valor convertido."],
            listed.GetProperty("caps").EnumerateArray().Select(c => c.GetString()!));
    }

    [Fact]
    public async Task TheOrganizationsDocumentationRequests_SayWhichRespondByDatesWereAssumed()
    {
        var owner = new ClaimsCaller(AddInHostFixture.TenantA, AddInHostFixture.Bob, "Test user", false);
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var seed = new TabScenario(scope.ServiceProvider.GetRequiredService<IClaimService>(), DateOnly.FromDateTime(DateTime.UtcNow));
            var dated = await seed.ClaimAsync(owner, "Dated request", 20, 10m, "USD", ClaimStatus.Submitted);
            await seed.AskForDocumentationAsync(owner, dated, 8, "org: the signed invoice");
            var undated = await seed.ClaimAsync(owner, "Undated request", 20, 10m, "USD", ClaimStatus.Submitted);
            await seed.AskForDocumentationAsync(owner, undated, null, "org: the send report");
        }

        using var ana = fixture.Client(fixture.UserToken(user: AddInHostFixture.Ana));

        var view = await ana.GetFromJsonAsync<JsonElement>("/api/tab/organization");
        var requests = view.GetProperty("documentationRequests").EnumerateArray().ToList();
        var assumed = requests.Single(r => r.GetProperty("whatWasAsked").GetString() == "org: the send report");
        Assert.Equal(30, assumed.GetProperty("assumedDays").GetInt32());
        var entered = requests.Single(r => r.GetProperty("whatWasAsked").GetString() == "org: the signed invoice");
        Assert.Equal(JsonValueKind.Null, entered.GetProperty("assumedDays").ValueKind);
    }

    private static async Task<string[]> CapsAsync(HttpClient client, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. detail.GetProperty("caps").EnumerateArray().Select(c => c.GetString()!)];
    }

    private async Task<ClaimView> SeedAsync(string user, string title, int daysToDeadline, decimal amount, string currency, ClaimStatus status, ActivityType type)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var seed = new TabScenario(scope.ServiceProvider.GetRequiredService<IClaimService>(), DateOnly.FromDateTime(DateTime.UtcNow));
        return await seed.ClaimAsync(new ClaimsCaller(AddInHostFixture.TenantA, user, "Test user", false), title, daysToDeadline, amount, currency, status, type: type);
    }
}
