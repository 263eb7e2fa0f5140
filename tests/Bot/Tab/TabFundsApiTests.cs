using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.AddIn;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Funds;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Tab;

/// <summary><c>POST /api/tab/funds</c> and <c>/api/tab/funds/import[/preview]</c> on the real host, authenticated like every tab
/// route: administrators only (checked on the server), the chat's validation and importer, errors in the caller's language. Each test
/// uses its own partner locations so the fixture's shared database does not blur the checks.</summary>
public sealed class TabFundsApiTests(AddInHostFixture fixture) : IClassFixture<AddInHostFixture>
{
    private static readonly ClaimsCaller Admin = new(AddInHostFixture.TenantA, AddInHostFixture.Ana, "Ana", true);

    public static TheoryData<string> Routes => new() { "/api/tab/funds", "/api/tab/funds/import/preview", "/api/tab/funds/import" };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WithoutToken_Is401(string route)
    {
        using var client = fixture.Client(null);
        using var response = await client.PostAsync(route, Body(route, "x"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_ForAUserWhoIsNoAdministrator_Is403InTheirLanguage_AndStoresNothing(string route)
    {
        var location = Tag("Forbidden");
        using var alice = fixture.Client(fixture.UserToken(user: AddInHostFixture.Alice));
        alice.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pt-BR");
        using var response = await alice.PostAsync(route, Body(route, location));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Forbidden", error.GetProperty("code").GetString());
        Assert.DoesNotContain("Forbidden", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(await StoredAsync(location));
    }

    [Fact]
    public async Task RecordingAFund_AsTheAdministrator_AddsIt_ThenChangesItsAmount_ThenFindsItUnchanged()
    {
        var location = Tag("Record");
        using var ana = fixture.Client(fixture.UserToken(user: AddInHostFixture.Ana));
        var fund = new JsonObject
        {
            ["program"] = "OnlineServicesAdvisor", ["location"] = location, ["usageStart"] = "2026-07-01", ["usageEnd"] = "2026-12-31",
            ["amount"] = 12500.5m, ["currency"] = "EUR",
        };

        using (var added = await ana.PostAsJsonAsync("/api/tab/funds", fund))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
            var body = await added.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Add", body.GetProperty("action").GetString());
            Assert.Equal(12500.5m, body.GetProperty("fund").GetProperty("available").GetDecimal());
            Assert.Equal(12500.5m, body.GetProperty("fund").GetProperty("unclaimed").GetDecimal());
            Assert.Equal("2027-02-14", body.GetProperty("fund").GetProperty("claimDeadline").GetString());
        }

        fund["amount"] = 13000m;
        using (var changed = await ana.PostAsJsonAsync("/api/tab/funds", fund))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.Equal("ChangeAmount", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("action").GetString());
        }

        using (var again = await ana.PostAsJsonAsync("/api/tab/funds", fund))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal("Unchanged", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("action").GetString());
        }

        var stored = Assert.Single(await StoredAsync(location));
        Assert.Equal(13000m, stored.Available);
        Assert.Equal("EUR", stored.Currency);
    }

    [Fact]
    public async Task RecordingABadFund_Is400_WithEveryFieldsErrorInPortuguese_AndStoresNothing()
    {
        var location = Tag("Bad");
        using var ana = fixture.Client(fixture.UserToken(user: AddInHostFixture.Ana));
        ana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pt-BR");
        using var missing = await ana.PostAsJsonAsync("/api/tab/funds", new JsonObject
        {
            ["program"] = "Nope", ["location"] = location, ["usageStart"] = "31/12/2026", ["usageEnd"] = "", ["amount"] = null, ["currency"] = "",
        });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("field").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.Equal(["fund.amount", "fund.currency", "fund.program", "fund.usageEnd", "fund.usageStart"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("Informe uma data", errors["fund.usageStart"], StringComparison.Ordinal);

        // The domain's own checks, as in the chat: the period backwards and a currency that is not ISO 4217.
        using var domain = await ana.PostAsJsonAsync("/api/tab/funds", new JsonObject
        {
            ["program"] = "PartnerCoop", ["location"] = location, ["usageStart"] = "2026-12-31", ["usageEnd"] = "2026-07-01", ["amount"] = 10m, ["currency"] = "XYZ",
        });
        Assert.Equal(HttpStatusCode.BadRequest, domain.StatusCode);
        var fields = (await domain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("fund.usageEnd", fields);
        Assert.Contains("fund.currency", fields);

        using var broken = await ana.PostAsync("/api/tab/funds", new StringContent("{\"program\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("BadBody", (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Empty(await StoredAsync(location));
    }

    [Fact]
    public async Task ImportingAFileWithErrors_PreviewsThemWithLineNumbers_AndNeitherThePreviewNorTheImportStoresAnything()
    {
        var location = Tag("Errors");
        var csv = $"program,location,usage start,usage end,amount,currency\nOSA,{location},2026-01-01,2026-06-30,100,USD\nOSA,{location},2026-01-01,2026-06-31,100,USD\nNope,{location},2026-01-01,2026-06-30,5,USD\n";
        using var ana = fixture.Client(fixture.UserToken(user: AddInHostFixture.Ana));

        using var preview = await ana.PostAsync("/api/tab/funds/import/preview", File(Encoding.UTF8.GetBytes(csv)));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var body = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("canImport").GetBoolean());
        Assert.Equal(2, body.GetProperty("totalErrors").GetInt32());
        var errors = body.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("code").GetString())).ToList();
        Assert.Equal([(3, "usageEnd", "CsvDateInvalid"), (4, "program", "CsvProgramUnknown")], errors);
        Assert.StartsWith("Not a date", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        using var import = await ana.PostAsync("/api/tab/funds/import", File(Encoding.UTF8.GetBytes(csv)));
        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        var refused = await import.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(refused.GetProperty("imported").GetBoolean());
        Assert.Equal(2, refused.GetProperty("totalErrors").GetInt32());
        Assert.Empty(await StoredAsync(location));
    }

    [Fact]
    public async Task ImportingAPortugueseExcelFile_InWindows1252WithSemicolons_PreviewsThenImports_AndASecondImportChangesNothing()
    {
        var location = Tag("Excel");
        var csv = $"Programa;Localização;Início do período de uso;Fim do período de uso;Valor;Moeda\r\nCo-op de parceiros;{location} São Paulo;01/07/2026;31/12/2026;1.234,56;BRL\r\nOSA;{location} Recife;01/07/2026;31/12/2026;900;BRL\r\n";
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(csv);
        using var ana = fixture.Client(fixture.UserToken(user: AddInHostFixture.Ana));

        var preview = await ana.PostAsync("/api/tab/funds/import/preview", File(bytes));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewed = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(previewed.GetProperty("canImport").GetBoolean(), previewed.ToString());
        Assert.Equal(2, previewed.GetProperty("adds").GetInt32());
        Assert.Equal($"{location} São Paulo", previewed.GetProperty("lines")[0].GetProperty("location").GetString());
        Assert.Equal(1234.56m, previewed.GetProperty("lines")[0].GetProperty("amount").GetDecimal());
        Assert.Empty(await StoredAsync(location));

        var imported = await (await ana.PostAsync("/api/tab/funds/import", File(bytes))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(imported.GetProperty("imported").GetBoolean());
        Assert.Equal(2, imported.GetProperty("adds").GetInt32());
        var stored = await StoredAsync(location);
        Assert.Equal(2, stored.Count);
        Assert.Contains(stored, f => f.Location == $"{location} São Paulo" && f.Available == 1234.56m);

        var again = await (await ana.PostAsync("/api/tab/funds/import", File(bytes))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(again.GetProperty("imported").GetBoolean());
        Assert.Equal((0, 0, 2), (again.GetProperty("adds").GetInt32(), again.GetProperty("changes").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        Assert.Equal(2, (await StoredAsync(location)).Count);
    }

    [Fact]
    public async Task ImportingWithoutAFile_OrAnEmptyOne_Is400WithAClearMessage()
    {
        using var ana = fixture.Client(fixture.UserToken(user: AddInHostFixture.Ana));
        using var noFile = await ana.PostAsync("/api/tab/funds/import/preview", new StringContent("program,amount", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal("NoFile", (await noFile.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        using var empty = await ana.PostAsync("/api/tab/funds/import/preview", File([]));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("CsvEmpty", (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private static string Tag(string what) => $"{what} {Guid.NewGuid():N}"[..16];

    private static HttpContent Body(string route, string location) => route.EndsWith("/funds", StringComparison.Ordinal)
        ? JsonContent.Create(new JsonObject
        {
            ["program"] = "PartnerCoop", ["location"] = location, ["usageStart"] = "2026-01-01", ["usageEnd"] = "2026-06-30", ["amount"] = 10m, ["currency"] = "USD",
        })
        : File(Encoding.UTF8.GetBytes($"program,location,usage start,usage end,amount,currency\nOSA,{location},2026-01-01,2026-06-30,100,USD\n"));

    private static MultipartFormDataContent File(byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "funds.csv" } };
    }

    private async Task<List<FundView>> StoredAsync(string location)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var all = await scope.ServiceProvider.GetRequiredService<IFundService>().ListAsync(Admin, CancellationToken.None);
        return [.. all.Value!.Where(f => f.Location?.StartsWith(location, StringComparison.Ordinal) == true)];
    }
}
