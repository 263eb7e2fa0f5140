using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Model;
using CoopAssistant.EndToEnd.Tests.AddIn;
using CoopAssistant.TestKit;
using Xunit.Abstractions;
using CoopAssistant.TestKit.App.Claims;

namespace CoopAssistant.EndToEnd.Tests.Tab;

/// <summary>The dashboard tab in headless Chromium (playwright-core, Debian chromium) against the built host in local mode, whose
/// development user is an Incentives administrator with seeded claims. Only loopback requests are allowed. Screenshots go to the
/// test output folder (artifacts/tab/{language}).</summary>
public sealed class TabPageTests(AddInHostFixture fixture, ITestOutputHelper output) : IClassFixture<AddInHostFixture>
{
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    [Fact]
    public async Task InEnglish_ChartsRenderWithEnglishLabels_AndClickingAClaimBarOpensItsDetail()
    {
        var target = await SeedAsync("en");
        var location = "Tab " + Guid.NewGuid().ToString("N")[..6];
        var run = await RunAsync("en", "?lang=en-US", "en-US", target, Funds(location, "CHF", "en"), Partner());

        var page = run.GetProperty("page");
        Assert.Equal("en-US", page.GetProperty("lang").GetString());
        Assert.Equal(["My claims", "Organization", "Company identity"], Strings(page.GetProperty("tabs")));
        Assert.False(page.GetProperty("teamsLoaded").GetBoolean(), "teams.js is only loaded inside a Microsoft 365 host");
        var mine = run.GetProperty("mine");
        Assert.Equal("CANVAS", mine.GetProperty("canvas").GetString());
        Assert.True(mine.GetProperty("width").GetInt32() > 300);
        Assert.Equal(["Usage period", "Until the claim deadline", "Today"], Strings(mine.GetProperty("legend")));
        Assert.Equal("Date", mine.GetProperty("xTitle").GetString());
        Assert.Contains(Strings(mine.GetProperty("xTicks")), t => EnglishMonths.Any(m => t.Contains(m, StringComparison.Ordinal)));
        Assert.Contains("en webinar", Strings(mine.GetProperty("labels")));
        Assert.StartsWith("Timeline of your claims", mine.GetProperty("ariaLabel").GetString(), StringComparison.Ordinal);

        var detail = run.GetProperty("detail");
        Assert.StartsWith("en webinar (", detail.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("detail-title", detail.GetProperty("focused").GetString());
        Assert.Contains(Strings(detail.GetProperty("checklist")), i => i.EndsWith(": missing", StringComparison.Ordinal));
        Assert.Contains(Strings(detail.GetProperty("checklist")), i => i.EndsWith(": present", StringComparison.Ordinal));
        var undated = Assert.Single(Strings(run.GetProperty("requestDetail")));
        Assert.StartsWith("Respond by ", undated, StringComparison.Ordinal);
        Assert.EndsWith(" (assumed: 30 days): en: the campaign's send report", undated, StringComparison.Ordinal);
        // Its caps as the claim card says them; a claim of a type without caps shows none.
        Assert.Equal(
            ["Cap US$ 18,750 per usage period, across your claims of this activity type. This claim is in BRL: check the converted amount yourself."],
            Strings(run.GetProperty("requestCaps")));
        Assert.Empty(Strings(detail.GetProperty("caps")));

        Assert.True(run.GetProperty("orgSelected").GetBoolean(), "the right arrow selects the Organization tab");
        var org = run.GetProperty("organization");
        Assert.Equal(["Next 14 days", "Next 30 days", "Next 45 days"], Strings(org.GetProperty("expiring").GetProperty("labels")));
        Assert.Equal("Claims", org.GetProperty("expiring").GetProperty("yTitle").GetString());
        Assert.Equal(["Submitted", "Expired"], Strings(org.GetProperty("months").GetProperty("legend")));
        Assert.Equal(12, org.GetProperty("months").GetProperty("labels").GetArrayLength());
        Assert.Contains("EUR", Strings(org.GetProperty("atRisk").GetProperty("labels")));
        Assert.Contains(org.GetProperty("atRiskTotals").EnumerateArray(), t => t.GetString()!.StartsWith('€'));
        Assert.StartsWith("Open documentation requests (", org.GetProperty("requestsHeading").GetString(), StringComparison.Ordinal);
        Assert.Contains(org.GetProperty("requests").EnumerateArray(), r => r[3].GetString() == "en: the signed vendor invoice");
        // A respond-by date the person did not enter says it was assumed, as the claim card does; an entered one does not.
        Assert.Contains(" (assumed: 30 days) · ", Row(org, "en: the campaign's send report")[0], StringComparison.Ordinal);
        Assert.DoesNotContain("assumed", Row(org, "en: the signed vendor invoice")[0], StringComparison.Ordinal);
        Assert.True(run.GetProperty("narrowOverflow").GetInt32() <= 0, "no horizontal scrolling at 360 px");

        // Funds: the empty form is refused field by field (the one 400 of the run), the fund is recorded and shows in the table,
        // a bad file is previewed with its line-numbered errors and cannot be imported, a good one is previewed and imported.
        var funds = run.GetProperty("funds");
        Assert.Equal(2, run.GetProperty("badRequests").GetInt32());
        Assert.Contains("Program: Choose an incentive program.", Strings(funds.GetProperty("empty").GetProperty("errors")));
        Assert.Contains("fund-start", Strings(funds.GetProperty("empty").GetProperty("invalid")));
        Assert.Equal("Fund recorded: CHF 12,500.50.", Spaces(funds.GetProperty("recorded").GetProperty("result").GetString()));
        Assert.Contains(funds.GetProperty("recorded").GetProperty("table").EnumerateArray(), r => r[1].GetString() == "CHF" && Spaces(r[2].GetString()) == "CHF 12,500.50");
        var bad = funds.GetProperty("bad");
        Assert.StartsWith("1 problem; nothing will be imported until it is fixed", bad.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Line 3 (usageEnd): Not a date", Strings(bad.GetProperty("importErrors")).Single(), StringComparison.Ordinal);
        Assert.False(bad.GetProperty("importEnabled").GetBoolean());
        Assert.Equal("Importing this file would record 2 new, change 0 amounts, and leave 0 already recorded.", funds.GetProperty("good").GetProperty("summary").GetString());
        Assert.True(funds.GetProperty("good").GetProperty("importEnabled").GetBoolean());
        Assert.Equal("Imported: 2 new, 0 changed, 0 already recorded.", funds.GetProperty("imported").GetProperty("summary").GetString());
        Assert.Contains(funds.GetProperty("imported").GetProperty("table").EnumerateArray(), r => r[1].GetString() == "CHF" && Spaces(r[2].GetString()) == "CHF 12,900.50");
        var stored = (await fixture.Funds.ListAsync(Administrator, default)).Value!;
        Assert.Equal(3, stored.Count(f => f.Location?.StartsWith(location, StringComparison.Ordinal) == true));

        // Company identity, as the administrator: editable; a CNPJ with wrong check digits is refused on its field (the run's
        // second 400), nothing stored; the good ones are saved and shown as the API stored them.
        var partner = run.GetProperty("partner");
        var before = partner.GetProperty("before");
        Assert.True(before.GetProperty("selected").GetBoolean());
        Assert.Equal((false, true), (before.GetProperty("readOnly").GetBoolean(), before.GetProperty("saveVisible").GetBoolean()));
        Assert.StartsWith("As an Incentives administrator you can change these", before.GetProperty("note").GetString(), StringComparison.Ordinal);
        var refused = partner.GetProperty("bad");
        Assert.Equal("The company identity was not saved:", refused.GetProperty("result").GetString());
        Assert.Equal(["partner-ids"], Strings(refused.GetProperty("invalid")));
        Assert.Single(Strings(refused.GetProperty("errors")));
        var saved = partner.GetProperty("saved");
        Assert.Equal("Company identity saved.", saved.GetProperty("result").GetString());
        Assert.Empty(Strings(saved.GetProperty("errors")));
        // Shown as the API answered (one per line; the order is the service's).
        Assert.Equal(["Fabrikam Marketing Inc.", "Fabrikam Soluções em Marketing Ltda"], saved.GetProperty("names").GetString()!.Split('\n').Order(StringComparer.Ordinal));
        Assert.Equal("45.723.174/0001-10", saved.GetProperty("ids").GetString());
        using var stored2 = JsonDocument.Parse(await fixture.Http.GetStringAsync(new Uri("api/tab/partner", UriKind.Relative)));
        Assert.Equal(["Fabrikam Marketing Inc.", "Fabrikam Soluções em Marketing Ltda"], Strings(stored2.RootElement.GetProperty("legalNames")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CompanyIdentity_IsReadOnlyForSomeoneWhoIsNotAnAdministrator()
    {
        await fixture.SetAdministratorAsync(true);
        using (var put = await fixture.Http.PutAsync(new Uri("api/tab/partner", UriKind.Relative), new StringContent("{\"legalNames\":[\"Contoso Parceiros Ltda\"],\"taxIds\":[]}", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        await fixture.SetAdministratorAsync(false);
        try
        {
            var screenshots = Path.Combine(AppContext.BaseDirectory, "artifacts", "tab", "partner");
            var scenario = new JsonObject { ["baseUrl"] = fixture.Host.BaseAddress.ToString(), ["screenshotDir"] = screenshots, ["query"] = "?lang=en-US", ["locale"] = "en-US" };
            var file = Path.Combine(Path.GetTempPath(), $"tab-partner-{Guid.NewGuid():N}.json");
            await File.WriteAllTextAsync(file, scenario.ToJsonString());
            try
            {
                var result = await NodeTools.RunScriptAsync(Path.Combine("tab", "partner-readonly.js"), arguments: [file], timeout: TimeSpan.FromMinutes(2));
                Assert.True(result.Succeeded, result.ToString() + "\n--- host ---\n" + fixture.Host.Output);
                var run = JsonDocument.Parse(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last()).RootElement;
                Assert.Equal(["My claims", "Company identity"], Strings(run.GetProperty("tabs")));
                Assert.True(run.GetProperty("selected").GetBoolean());
                Assert.Equal((true, false), (run.GetProperty("readOnly").GetBoolean(), run.GetProperty("saveVisible").GetBoolean()));
                Assert.Equal("Only an Incentives administrator can change these.", run.GetProperty("note").GetString());
                Assert.Equal("Contoso Parceiros Ltda", run.GetProperty("names").GetString());
                Assert.Equal("Contoso Parceiros Ltda", run.GetProperty("afterTyping").GetString());
                Assert.Empty(run.GetProperty("consoleErrors").EnumerateArray());
            }
            finally
            {
                File.Delete(file);
            }

            // The API refuses the change too.
            using var refused = await fixture.Http.PutAsync(new Uri("api/tab/partner", UriKind.Relative), new StringContent("{\"legalNames\":[\"Someone Else Ltda\"],\"taxIds\":[]}", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
        }
        finally
        {
            await fixture.SetAdministratorAsync(true);
        }
    }

    private static JsonObject Partner() => new()
    {
        ["legalNames"] = new JsonArray("Fabrikam Soluções em Marketing Ltda", "Fabrikam Marketing Inc."),
        ["taxIds"] = new JsonArray("45.723.174/0001-10"),
        ["badTaxId"] = "45.723.174/0001-11",
    };

    [Fact]
    public async Task InPortuguese_FromTheBrowsersLanguage_ChartsHavePortugueseLegendsAndAxes()
    {
        var target = await SeedAsync("pt");
        var run = await RunAsync("pt", "", "pt-BR", target, Funds("Guia " + Guid.NewGuid().ToString("N")[..6], "NOK", "pt"));

        Assert.Equal("pt-BR", run.GetProperty("page").GetProperty("lang").GetString());
        Assert.Equal(["Minhas reivindicações", "Organização", "Identidade da empresa"], Strings(run.GetProperty("page").GetProperty("tabs")));
        var mine = run.GetProperty("mine");
        Assert.Equal(["Período de uso", "Até o prazo da reivindicação", "Hoje"], Strings(mine.GetProperty("legend")));
        Assert.Equal("Data", mine.GetProperty("xTitle").GetString());
        Assert.Contains(Strings(mine.GetProperty("xTicks")), t => t.Contains(" de ", StringComparison.Ordinal));
        Assert.StartsWith("pt webinar (", run.GetProperty("detail").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains(Strings(run.GetProperty("detail").GetProperty("checklist")), i => i.EndsWith(": faltando", StringComparison.Ordinal));
        var undated = Assert.Single(Strings(run.GetProperty("requestDetail")));
        Assert.StartsWith("Responder até ", undated, StringComparison.Ordinal);
        Assert.EndsWith(" (presumido: 30 dias): pt: the campaign's send report", undated, StringComparison.Ordinal);
        Assert.Equal(
            ["Limite de US$ 18.750 por período de uso, somando suas reivindicações deste tipo de atividade. Esta reivindicação está em BRL: confira você mesmo o valor convertido."],
            Strings(run.GetProperty("requestCaps")));
        var org = run.GetProperty("organization");
        Assert.Equal(["Próximos 14 dias", "Próximos 30 dias", "Próximos 45 dias"], Strings(org.GetProperty("expiring").GetProperty("labels")));
        Assert.Equal(["Enviadas", "Expiradas"], Strings(org.GetProperty("months").GetProperty("legend")));
        Assert.Equal("Mês", org.GetProperty("months").GetProperty("xTitle").GetString());
        Assert.StartsWith("Solicitações de documentação em aberto (", org.GetProperty("requestsHeading").GetString(), StringComparison.Ordinal);
        Assert.Contains(" (presumido: 30 dias) · ", Row(org, "pt: the campaign's send report")[0], StringComparison.Ordinal);
        var funds = run.GetProperty("funds");
        Assert.Contains("Início do período de uso", Strings(funds.GetProperty("empty").GetProperty("labels")));
        Assert.Contains("Programa: Escolha um programa de incentivos.", Strings(funds.GetProperty("empty").GetProperty("errors")));
        Assert.StartsWith("Fundo registrado: ", funds.GetProperty("recorded").GetProperty("result").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Linha 3 (usageEnd): Não é uma data", Strings(funds.GetProperty("bad").GetProperty("importErrors")).Single(), StringComparison.Ordinal);
        Assert.Equal("Importação: 2 novos, 0 alterados, 0 já registrados.", funds.GetProperty("imported").GetProperty("summary").GetString());
    }

    private static readonly ClaimsCaller Administrator = new(AddInHostFixture.TenantId, AddInHostFixture.UserObjectId, "Ana Souza", true);

    /// <summary>The funds steps: a fund of 12,500.50 in <paramref name="currency"/> whose usage period runs from this month, then a CSV
    /// of two more (250 and 150) in the page's header language, once with an impossible date on line 3.</summary>
    private static JsonObject Funds(string location, string currency, string language)
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow);
        start = new DateOnly(start.Year, start.Month, 1);
        var end = start.AddMonths(6).AddDays(-1);
        var iso = (DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var good = language == "pt"
            ? $"programa;localização;início;fim;valor;moeda\nOSA;{location} A;{iso(start)};{iso(end)};250;{currency}\nOSA;{location} B;{iso(start)};{iso(end)};150;{currency}\n"
            : $"program,location,usage start,usage end,amount,currency\nOSA,{location} A,{iso(start)},{iso(end)},250,{currency}\nOSA,{location} B,{iso(start)},{iso(end)},150,{currency}\n";
        var separator = language == "pt" ? ";" : ",";
        var bad = good.Replace($"{location} B{separator}{iso(start)}{separator}{iso(end)}", $"{location} B{separator}{iso(start)}{separator}{start.Year}-02-30", StringComparison.Ordinal);
        return new JsonObject
        {
            ["fund"] = new JsonObject
            {
                ["program"] = "OnlineServicesAdvisor", ["location"] = location, ["usageStart"] = iso(start), ["usageEnd"] = iso(end), ["amount"] = 12500.5m, ["currency"] = currency,
            },
            ["badCsv"] = bad,
            ["goodCsv"] = good,
        };
    }

    /// <summary>The development user's claims (one urgent draft with one piece of evidence, a draft in BRL, a submitted claim
    /// with an open documentation request, an expired one, a submitted syndicated-content claim in BRL whose request was recorded
    /// without a respond-by date) and another user's draft in EUR three days from its deadline.</summary>
    private async Task<(Guid Target, Guid Undated)> SeedAsync(string prefix)
    {
        var me = new ClaimsCaller(AddInHostFixture.TenantId, AddInHostFixture.UserObjectId, "Ana Souza", true);
        var colleague = new ClaimsCaller(AddInHostFixture.TenantId, "00000000-0000-0000-0000-0000000000e9", "Bruno Lima", false);
        var seed = new TabScenario(fixture.Claims, DateOnly.FromDateTime(DateTime.UtcNow));
        var target = await seed.ClaimAsync(me, $"{prefix} webinar", 5, 1200m, "USD", evidence: 1);
        await seed.ClaimAsync(me, $"{prefix} trade show", 25, 800m, "BRL");
        var submitted = await seed.ClaimAsync(me, $"{prefix} search ads", 12, 600m, "USD", ClaimStatus.Submitted);
        await seed.AskForDocumentationAsync(me, submitted, 8, $"{prefix}: the signed vendor invoice");
        await seed.ClaimAsync(me, $"{prefix} lapsed", -4, 300m, "USD", ClaimStatus.Expired);
        await seed.ClaimAsync(colleague, $"{prefix} colleague's event", 3, 250m, "EUR");
        var undated = await seed.ClaimAsync(me, $"{prefix} email campaign", 20, 400m, "BRL", ClaimStatus.Submitted, type: ActivityType.SyndicatedContent);
        await seed.AskForDocumentationAsync(me, undated, null, $"{prefix}: the campaign's send report");
        return (target.Id, undated.Id);
    }

    private async Task<JsonElement> RunAsync(string name, string query, string locale, (Guid Target, Guid Undated) claims, JsonObject? funds = null, JsonObject? partner = null)
    {
        var screenshots = Path.Combine(AppContext.BaseDirectory, "artifacts", "tab", name);
        var scenario = new JsonObject
        {
            ["baseUrl"] = fixture.Host.BaseAddress.ToString(),
            ["screenshotDir"] = screenshots,
            ["query"] = query,
            ["locale"] = locale,
            ["clickClaimId"] = claims.Target.ToString(),
            ["requestClaimId"] = claims.Undated.ToString(),
            ["funds"] = funds,
            ["partner"] = partner,
        };
        var file = Path.Combine(Path.GetTempPath(), $"tab-scenario-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, scenario.ToJsonString());
        try
        {
            var result = await NodeTools.RunScriptAsync(Path.Combine("tab", "tab-e2e.js"), arguments: [file], timeout: TimeSpan.FromMinutes(3));
            Assert.True(result.Succeeded, result.ToString() + "\n--- host ---\n" + fixture.Host.Output);
            var line = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
            var run = JsonDocument.Parse(line).RootElement;
            Assert.Empty(run.GetProperty("blocked").EnumerateArray());
            Assert.Empty(run.GetProperty("consoleErrors").EnumerateArray());
            Assert.Equal(JsonValueKind.Null, run.GetProperty("page").GetProperty("error").ValueKind);
            foreach (var screenshot in Strings(run.GetProperty("screenshots")))
            {
                Assert.True(new FileInfo(screenshot).Length > 1000, screenshot);
                output.WriteLine($"screenshot: {screenshot}");
            }

            return run;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Intl puts a no-break space between a currency code and its amount.</summary>
    private static string? Spaces(string? text) => text?.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    /// <summary>The organization view's documentation-request row whose "what was asked" cell is <paramref name="asked"/>.</summary>
    private static string[] Row(JsonElement organization, string asked) =>
        Strings(organization.GetProperty("requests").EnumerateArray().Single(r => r[3].GetString() == asked));

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
