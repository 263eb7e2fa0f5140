using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Claims.Model;
using CoopAssistant.TestKit;

namespace CoopAssistant.EndToEnd.Tests.AddIn;

/// <summary>The task pane in headless Chromium (playwright-core, Debian chromium) against the real host in local mode, with an
/// Office.js double serving a fake email with two attachments. Screenshots go to the test output folder (artifacts/addin).</summary>
public sealed class TaskPaneTests(AddInHostFixture fixture) : IClassFixture<AddInHostFixture>
{
    private static readonly byte[] InvoicePdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] ScreenshotPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task TaskPane_ListsTheEmailAndClaims_AttachesAnInvoice_AndRecordsADocumentationRequest()
    {
        var other = await fixture.CreateClaimAsync("Spring webinar series", submitted: false, usageEndDaysAgo: 40);
        var target = await fixture.CreateClaimAsync("Search ads Q3", submitted: true);
        var capped = await fixture.CreateClaimAsync("Syndicated articles", submitted: false, type: ActivityType.SyndicatedContent, currency: "BRL");
        var reference = target.Id.ToString("N")[^8..].ToUpperInvariant();
        var respondBy = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(12);
        var written = respondBy.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"));

        var run = await RunAsync("en", new JsonObject
        {
            ["displayLanguage"] = "en-US",
            ["subject"] = $"Action required: additional documentation for claim {reference}",
            ["from"] = new JsonObject { ["displayName"] = "Partner Center", ["emailAddress"] = "pcnoreply@microsoft.com" },
            ["body"] = $"Hello,\n\nWe reviewed claim {reference} and need the signed vendor invoice for the search ads.\nPlease respond by {written}.\n\n-- \nPartner Center",
            ["attachments"] = new JsonArray(
                Attachment("att-1", "vendor-invoice.pdf", "application/pdf", InvoicePdf),
                Attachment("att-2", "screenshot.png", "image/png", ScreenshotPng)),
        }, attach: ["vendor-invoice.pdf"], kind: "VendorInvoice", requestClaimId: target.Id, capsClaimId: capped.Id);

        var shown = run.GetProperty("shown");
        Assert.Equal("en-US", shown.GetProperty("lang").GetString());
        Assert.Equal(["vendor-invoice.pdf", "screenshot.png"], Strings(shown.GetProperty("attachments")));
        var listed = Strings(shown.GetProperty("claims"));
        Assert.Contains(other.Id.ToString(), listed);
        Assert.Contains(target.Id.ToString(), listed);
        Assert.True(Array.IndexOf(listed, other.Id.ToString()) < Array.IndexOf(listed, target.Id.ToString()), "the more urgent claim comes first");
        Assert.Equal(target.Id.ToString(), shown.GetProperty("selectedClaim").GetString());
        // Choosing a claim shows its activity type's caps as the chat's claim card says them.
        var caps = run.GetProperty("caps");
        Assert.True(caps.GetProperty("visible").GetBoolean());
        Assert.Equal("Limits of this activity type", caps.GetProperty("heading").GetString());
        Assert.Equal(
            ["Cap US$ 18,750 per usage period, across your claims of this activity type. This claim is in BRL: check the converted amount yourself."],
            Strings(caps.GetProperty("notes")));
        Assert.Equal(respondBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), shown.GetProperty("respondBy").GetString());
        Assert.Contains("signed vendor invoice", shown.GetProperty("asked").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("error").ValueKind);
        Assert.Empty(run.GetProperty("consoleErrors").EnumerateArray());
        Assert.Contains("Recorded", run.GetProperty("requestResult").GetString(), StringComparison.Ordinal);
        var attached = Assert.Single(run.GetProperty("attachResults").EnumerateArray());
        Assert.True(attached.GetProperty("ok").GetBoolean(), attached.GetProperty("text").GetString());

        // Through the API: the invoice is on the claim, byte for byte the attachment's size, and the request is recorded.
        var claim = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/addin/claims/{target.Id}");
        var invoice = claim.GetProperty("evidence").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "vendor-invoice.pdf");
        Assert.Equal("VendorInvoice", invoice.GetProperty("kind").GetString());
        Assert.Equal("Outlook", invoice.GetProperty("source").GetString());
        Assert.Equal(InvoicePdf.Length, invoice.GetProperty("sizeBytes").GetInt64());
        Assert.DoesNotContain(claim.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("name").GetString() == "screenshot.png");
        var request = Assert.Single(claim.GetProperty("documentationRequests").EnumerateArray());
        Assert.Equal(respondBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), request.GetProperty("respondBy").GetString());
        Assert.Contains("signed vendor invoice", request.GetProperty("whatWasAsked").GetString(), StringComparison.Ordinal);
        Assert.Equal("AdditionalDocumentationRequested", claim.GetProperty("status").GetString());

        // The pane waited for the evidence review and shows the line of the document it added (this "invoice" has no pages:
        // damaged), as the API gives it in the pane's language.
        var review = run.GetProperty("review");
        Assert.Equal("reviewed", review.GetProperty("state").GetString());
        var line = Assert.Single(review.GetProperty("lines").EnumerateArray());
        var stored = Assert.Single(claim.GetProperty("review").GetProperty("documents").EnumerateArray());
        Assert.Equal(invoice.GetProperty("id").GetString(), stored.GetProperty("evidenceId").GetString());
        Assert.Equal(stored.GetProperty("line").GetString(), line.GetProperty("text").GetString());
        Assert.StartsWith("⚠ vendor-invoice.pdf: ", line.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("warn", line.GetProperty("className").GetString());

        foreach (var screenshot in run.GetProperty("screenshots").EnumerateArray())
        {
            Assert.True(new FileInfo(screenshot.GetString()!).Length > 1000, screenshot.GetString());
        }
    }

    [Fact]
    public async Task TaskPane_InPortuguese_ShowsPortugueseTextsAndReadsDayFirstDates()
    {
        await fixture.CreateClaimAsync("Feira de tecnologia", submitted: false);
        var capped = await fixture.CreateClaimAsync("Artigos sindicados", submitted: false, type: ActivityType.SyndicatedContent, currency: "BRL");
        var respondBy = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(9);
        var run = await RunAsync("pt", new JsonObject
        {
            ["displayLanguage"] = "pt-BR",
            ["subject"] = "Fatura do fornecedor",
            ["from"] = new JsonObject { ["displayName"] = "Fornecedor", ["emailAddress"] = "financeiro@fornecedor.com.br" },
            ["body"] = $"Segue a fatura. Vencimento em {respondBy.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.",
            ["attachments"] = new JsonArray(
                Attachment("a1", "fatura.pdf", "application/pdf", InvoicePdf),
                Attachment("a2", "comprovante.png", "image/png", ScreenshotPng),
                Attachment("a3", "video.mp4", "video/mp4", [1, 2, 3], declaredSize: 1_572_864)),
        }, attach: [], kind: "VendorInvoice", requestClaimId: null, capsClaimId: capped.Id);

        var shown = run.GetProperty("shown");
        Assert.Equal("pt-BR", shown.GetProperty("lang").GetString());
        var caps = run.GetProperty("caps");
        Assert.Equal("Limites deste tipo de atividade", caps.GetProperty("heading").GetString());
        Assert.Equal(
            ["Limite de US$ 18.750 por período de uso, somando suas reivindicações deste tipo de atividade. Esta reivindicação está em BRL: confira você mesmo o valor convertido."],
            Strings(caps.GetProperty("notes")));
        Assert.Equal("Anexar como evidência", shown.GetProperty("heading").GetString());
        Assert.Equal(respondBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), shown.GetProperty("respondBy").GetString());
        Assert.Equal(["fatura.pdf", "comprovante.png", "video.mp4"], Strings(shown.GetProperty("attachments")));
        Assert.Equal("1,5 MB", Strings(shown.GetProperty("sizes"))[2]);
    }

    /// <summary>Issue 20: Office's errors are English whatever the display language; the pane says what happened in its own words.</summary>
    [Fact]
    public async Task TaskPane_InPortuguese_AnAttachmentOutlookCannotRead_IsReportedInPortuguese_NotInOfficesEnglish()
    {
        await fixture.CreateClaimAsync("Campanha de e-mail", submitted: false);
        var unreadable = Attachment("gone", "fatura.pdf", "application/pdf", InvoicePdf);
        unreadable["readError"] = "InvalidAttachmentId";
        var run = await RunAsync("office-error-pt", new JsonObject
        {
            ["displayLanguage"] = "pt-BR",
            ["subject"] = "Fatura do fornecedor",
            ["from"] = new JsonObject { ["displayName"] = "Fornecedor", ["emailAddress"] = "financeiro@fornecedor.com.br" },
            ["body"] = "Segue a fatura.",
            ["attachments"] = new JsonArray(unreadable),
        }, attach: ["fatura.pdf"], kind: "VendorInvoice", requestClaimId: null);

        var result = Assert.Single(run.GetProperty("attachResults").EnumerateArray());
        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.StartsWith("fatura.pdf: O Outlook não conseguiu ler este anexo.", result.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("attachment identifier", result.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPane_APartnerCenterApprovalEmail_PreFillsTheOutcome_AndRecordsItOnTheClaim_WithTheEmailInTheHistory()
    {
        var target = await fixture.CreateClaimAsync("Partner webinar series", submitted: true);
        var reference = target.Id.ToString("N")[^8..].ToUpperInvariant();
        var received = new DateTimeOffset(DateTime.UtcNow.Date.AddHours(-3), TimeSpan.Zero);
        var run = await RunAsync("outcome", new JsonObject
        {
            ["displayLanguage"] = "en-US",
            ["subject"] = $"Your co-op claim {reference} was approved",
            ["from"] = new JsonObject { ["displayName"] = "Partner Center", ["emailAddress"] = "pcnoreply@microsoft.com" },
            ["body"] = $"Hello,\n\nClaim {reference} was approved. Approved amount: $1,200.00 (partial).\n\n-- \nPartner Center",
            ["itemId"] = "AAMkAGI2-outcome-test=",
            ["received"] = received.ToString("O", CultureInfo.InvariantCulture),
            ["attachments"] = new JsonArray(),
        }, attach: [], kind: "VendorInvoice", requestClaimId: null, outcome: new JsonObject { ["claimId"] = target.Id.ToString() });

        var shown = run.GetProperty("shown");
        Assert.Equal(target.Id.ToString(), shown.GetProperty("selectedClaim").GetString());
        Assert.Equal("Approved", shown.GetProperty("outcomeStatus").GetString());
        Assert.Equal("1200.00", shown.GetProperty("outcomeAmount").GetString());
        Assert.Equal(received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), shown.GetProperty("outcomeDate").GetString());
        var result = run.GetProperty("outcomeResult");
        Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
        Assert.Empty(run.GetProperty("consoleErrors").EnumerateArray());

        var caller = new CoopAssistant.Claims.Access.ClaimsCaller(AddInHostFixture.TenantId, AddInHostFixture.UserObjectId, "Ana Souza", false);
        var claim = (await fixture.Claims.GetAsync(caller, target.Id, default)).Value!;
        Assert.Equal((CoopAssistant.Claims.Model.ClaimStatus.Approved, 1200m), (claim.Status, claim.ApprovedAmount!.Value));
        var entry = (await fixture.Claims.GetHistoryAsync(caller, target.Id, null, 1, default)).Value!.Entries.Single();
        Assert.Equal(CoopAssistant.Claims.Model.ClaimAction.Approved, entry.Action);
        Assert.Equal("https://outlook.office.com/owa/?ItemID=AAMkAGI2-outcome-test%3D&exvsurl=1&viewmodel=ReadMessageItem", entry.SourceLink);
        Assert.Equal(received, entry.SourceDate);
    }

    [Fact]
    public async Task TaskPane_InPortuguese_ARejectionEmail_PreFillsRejectedWithTheReason()
    {
        await fixture.CreateClaimAsync("Evento de parceiros", submitted: true);
        var run = await RunAsync("outcome-pt", new JsonObject
        {
            ["displayLanguage"] = "pt-BR",
            ["subject"] = "Reivindicação de co-op rejeitada",
            ["from"] = new JsonObject { ["displayName"] = "Partner Center", ["emailAddress"] = "pcnoreply@microsoft.com" },
            ["body"] = "A comprovação de execução não mostra o logotipo do parceiro.",
            ["attachments"] = new JsonArray(),
        }, attach: [], kind: "VendorInvoice", requestClaimId: null);

        var shown = run.GetProperty("shown");
        Assert.Equal("Rejected", shown.GetProperty("outcomeStatus").GetString());
        Assert.Contains("logotipo do parceiro", shown.GetProperty("outcomeReason").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> RunAsync(
        string name, JsonObject email, string[] attach, string kind, Guid? requestClaimId, JsonObject? outcome = null, Guid? capsClaimId = null)
    {
        var screenshots = Path.Combine(AppContext.BaseDirectory, "artifacts", "addin", name);
        var scenario = new JsonObject
        {
            ["baseUrl"] = fixture.Host.BaseAddress.ToString(),
            ["screenshotDir"] = screenshots,
            ["email"] = email,
            ["attach"] = new JsonArray([.. attach.Select(a => (JsonNode?)JsonValue.Create(a))]),
            ["kind"] = kind,
            ["requestClaimId"] = requestClaimId?.ToString(),
            ["outcome"] = outcome,
            ["capsClaimId"] = capsClaimId?.ToString(),
        };
        var file = Path.Combine(Path.GetTempPath(), $"addin-scenario-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, scenario.ToJsonString());
        try
        {
            var result = await NodeTools.RunScriptAsync(Path.Combine("addin", "taskpane-e2e.js"), arguments: [file], timeout: TimeSpan.FromMinutes(3));
            Assert.True(result.Succeeded, result.ToString() + "\n--- host ---\n" + fixture.Host.Output);
            var line = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
            var run = JsonDocument.Parse(line).RootElement;
            Assert.Empty(run.GetProperty("blocked").EnumerateArray());
            return run;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static JsonObject Attachment(string id, string name, string contentType, byte[] bytes, long? declaredSize = null) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["contentType"] = contentType,
        ["size"] = declaredSize ?? bytes.Length,
        ["base64"] = Convert.ToBase64String(bytes),
    };

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
