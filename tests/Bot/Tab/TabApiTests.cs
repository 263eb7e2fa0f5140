using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAssistant.Bot.Tests.AddIn;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Claims;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Tab;

/// <summary><c>/api/tab/*</c> on the real host, authenticated by Microsoft.Identity.Web against the local token issuer (the add-in's
/// scheme and policy). Each test uses its own currency so the shared database of the fixture does not blur the sums.</summary>
public sealed class TabApiTests(AddInHostFixture fixture) : IClassFixture<AddInHostFixture>
{
    private const string TenantA = AddInHostFixture.TenantA;
    private const string TenantB = AddInHostFixture.TenantB;

    public static TheoryData<string> Routes => new() { "/api/tab/claims", "/api/tab/claims/{id}", "/api/tab/organization" };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WithoutToken_Is401(string route)
    {
        var claim = await SeedAsync(TenantA, AddInHostFixture.Alice, "No token", 10, 10m, "CAD");
        using var client = fixture.Client(null);
        using var response = await client.GetAsync(route.Replace("{id}", claim.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WithWrongAudienceOrForgedSignature_Is401(string route)
    {
        var claim = await SeedAsync(TenantA, AddInHostFixture.Ana, "Wrong token", 10, 10m, "CAD");
        var path = route.Replace("{id}", claim.Id.ToString(), StringComparison.Ordinal);
        using (var client = fixture.Client(fixture.UserToken(user: AddInHostFixture.Ana, audience: "api://someone-else")))
        using (var response = await client.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var token = fixture.UserToken(user: AddInHostFixture.Ana);
        var forged = token[..token.LastIndexOf('.')] + "." + Convert.ToBase64String(new byte[256]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        using (var client = fixture.Client(forged))
        using (var response = await client.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WithoutAccessAsUserScope_Is403(string route)
    {
        var claim = await SeedAsync(TenantA, AddInHostFixture.Ana, "No scope", 10, 10m, "CAD");
        using var client = fixture.Client(fixture.UserToken(user: AddInHostFixture.Ana, scope: "User.Read"));
        using var response = await client.GetAsync(route.Replace("{id}", claim.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Claims_ForAUser_AreOnlyTheirOwn_AndOthersClaimsAre404()
    {
        var mine = await SeedAsync(TenantA, AddInHostFixture.Alice, "Alice's timeline claim", 5, 100m, "JPY");
        var bobs = await SeedAsync(TenantA, AddInHostFixture.Bob, "Bob's timeline claim", 5, 100m, "JPY");
        var otherTenant = await SeedAsync(TenantB, AddInHostFixture.Alice, "Tenant B timeline claim", 5, 100m, "JPY");
        using var alice = fixture.Client(fixture.UserToken());

        var timeline = await alice.GetFromJsonAsync<JsonElement>("/api/tab/claims");
        var ids = timeline.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(mine.Id, ids);
        Assert.DoesNotContain(bobs.Id, ids);
        Assert.DoesNotContain(otherTenant.Id, ids);
        Assert.False(timeline.GetProperty("isAdministrator").GetBoolean());
        var row = timeline.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == mine.Id);
        Assert.Equal("Urgent", row.GetProperty("urgency").GetString());
        Assert.Equal("Draft (Partner Center: Editing)", row.GetProperty("statusText").GetString());
        Assert.Equal(3, row.GetProperty("checklistRequired").GetInt32());

        var detail = await alice.GetFromJsonAsync<JsonElement>($"/api/tab/claims/{mine.Id}");
        Assert.Equal("Alice's timeline claim", detail.GetProperty("title").GetString());
        Assert.StartsWith("status ", detail.GetProperty("chatCommand").GetString(), StringComparison.Ordinal);
        var created = detail.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("created the claim", created.GetProperty("action").GetString());
        Assert.Contains(created.GetProperty("changes").EnumerateArray(), c => c.GetString() == "Title: — → Alice's timeline claim");
        foreach (var id in new[] { bobs.Id, otherTenant.Id })
        {
            using var response = await alice.GetAsync($"/api/tab/claims/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task AClaimsDetail_ShowsItsEvidenceReview_StateAndLines()
    {
        var claim = await SeedAsync(TenantA, AddInHostFixture.Alice, "Alice's reviewed claim", 5, 100m, "USD");
        using var alice = fixture.Client(fixture.UserToken());

        // The review runs in the background after the claim is created: a claim without evidence has no cost basis.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement review;
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "The review did not finish.");
            await Task.Delay(50);
            review = (await alice.GetFromJsonAsync<JsonElement>($"/api/tab/claims/{claim.Id}")).GetProperty("review");
        }
        while (review.ValueKind == JsonValueKind.Null || review.GetProperty("state").GetString() == "Pending");

        Assert.Equal("Blocked", review.GetProperty("state").GetString());
        Assert.Contains(review.GetProperty("lines").EnumerateArray(), l => l.GetString()!.StartsWith("✗ No cost basis", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePartnerIdentity_IsReadByEveryone_AndSetByAnAdministratorOnly_WithItsTaxIdsChecked()
    {
        using var alice = fixture.Client(fixture.UserToken());
        using var ana = fixture.Client(fixture.UserToken(user: AddInHostFixture.Ana));
        var body = new { legalNames = new[] { "Fabrikam Tab Test Ltda" }, taxIds = new[] { "45.723.174/0001-10" } };

        using (var refused = await alice.PutAsJsonAsync("/api/tab/partner", body))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var wrongDigits = await ana.PutAsJsonAsync("/api/tab/partner", new { legalNames = new[] { "Fabrikam Tab Test Ltda" }, taxIds = new[] { "45.723.174/0001-11" } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrongDigits.StatusCode);
            Assert.Contains("partner.taxIds", await wrongDigits.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var notJson = await ana.PutAsync("/api/tab/partner", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        }

        using (var saved = await ana.PutAsJsonAsync("/api/tab/partner", body))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var seen = await alice.GetFromJsonAsync<JsonElement>("/api/tab/partner");
        Assert.Equal(["Fabrikam Tab Test Ltda"], seen.GetProperty("legalNames").EnumerateArray().Select(n => n.GetString()));
        Assert.False(seen.GetProperty("canEdit").GetBoolean());
        Assert.True((await ana.GetFromJsonAsync<JsonElement>("/api/tab/partner")).GetProperty("canEdit").GetBoolean());
    }

    [Fact]
    public async Task Organization_ForAUser_Is403WithALocalisedMessage()
    {
        using var alice = fixture.Client(fixture.UserToken());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tab/organization");
        request.Headers.AcceptLanguage.ParseAdd("pt-BR");
        using var response = await alice.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Forbidden", error.GetProperty("code").GetString());
        Assert.Contains("Administrador de incentivos", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organization_ForTheAdministrator_SumsTheTenantsClaims_AndAnotherTenantSeesNoneOfThem()
    {
        await SeedAsync(TenantA, AddInHostFixture.Alice, "At risk 1", 3, 1000m, "CHF");
        await SeedAsync(TenantA, AddInHostFixture.Bob, "At risk 2", 6, 234.5m, "CHF");
        await SeedAsync(TenantA, AddInHostFixture.Bob, "Not yet at risk", 20, 50m, "CHF");
        await SeedAsync(TenantB, AddInHostFixture.Alice, "Other tenant at risk", 2, 7777m, "CHF");
        using var ana = fixture.Client(fixture.UserToken(user: AddInHostFixture.Ana));

        var timeline = await ana.GetFromJsonAsync<JsonElement>("/api/tab/claims");
        Assert.True(timeline.GetProperty("isAdministrator").GetBoolean());
        var view = await ana.GetFromJsonAsync<JsonElement>("/api/tab/organization");
        var chf = view.GetProperty("atRisk").EnumerateArray().Single(a => a.GetProperty("currency").GetString() == "CHF");
        Assert.Equal(1234.5m, chf.GetProperty("amount").GetDecimal());
        Assert.Equal(2, chf.GetProperty("claims").GetInt32());
        Assert.Equal(12, view.GetProperty("months").GetArrayLength());
        Assert.Equal([14, 30, 45], view.GetProperty("expiring").EnumerateArray().Select(w => w.GetProperty("days").GetInt32()));

        // The administrator reads another user's claim of their tenant, not another tenant's.
        var bobs = await SeedAsync(TenantA, AddInHostFixture.Bob, "Bob's claim for the admin", 9, 1m, "CHF");
        using (var response = await ana.GetAsync($"/api/tab/claims/{bobs.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var theirs = await SeedAsync(TenantB, AddInHostFixture.Ana, "Same object id, tenant B", 9, 1m, "CHF");
        using (var response = await ana.GetAsync($"/api/tab/claims/{theirs.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // Tenant B's user (the same object id as tenant A's administrator) is no administrator there: 403, and none of A's claims.
        using var anaInB = fixture.Client(fixture.UserToken(tenant: TenantB, user: AddInHostFixture.Ana));
        using (var response = await anaInB.GetAsync("/api/tab/organization"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var theirTimeline = await anaInB.GetFromJsonAsync<JsonElement>("/api/tab/claims");
        Assert.Equal([theirs.Id], theirTimeline.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Page_IsServedAnonymously_WithTheBotIdForTheChatDeepLink()
    {
        using var client = fixture.Client(null);
        using var page = await client.GetAsync("/tab/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script src=\"tab.js\"></script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("teams.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var config = await client.GetFromJsonAsync<JsonElement>("/tab/config.json");
        Assert.Equal(BotHostFactory.AppId, config.GetProperty("botId").GetString());

        using var alice = fixture.Client(fixture.UserToken());
        var mine = await SeedAsync(TenantA, AddInHostFixture.Alice, "Deep link claim", 12, 5m, "CAD");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tab/claims/{mine.Id}");
        request.Headers.AcceptLanguage.ParseAdd("pt-BR");
        using var response = await alice.SendAsync(request);
        var detail = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"status {mine.Id.ToString("N")[^8..].ToUpperInvariant()}", detail.GetProperty("chatCommand").GetString());
        Assert.Equal("Rascunho (no Partner Center: Editing)", detail.GetProperty("statusText").GetString());
    }

    private async Task<ClaimView> SeedAsync(string tenant, string user, string title, int daysToDeadline, decimal amount, string currency)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var claims = scope.ServiceProvider.GetRequiredService<IClaimService>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await new TabScenario(claims, today).ClaimAsync(new ClaimsCaller(tenant, user, "Test user", false), title, daysToDeadline, amount, currency, ClaimStatus.Draft);
    }
}
