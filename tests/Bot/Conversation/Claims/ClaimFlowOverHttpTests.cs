using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Package;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Claims;

/// <summary>A whole claim filed over real HTTP (authenticated host, fake Teams channel): form with errors → corrected → claim card → evidence → ready → submitted → package.</summary>
public sealed class ClaimFlowOverHttpTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    [Fact]
    public async Task AFullClaim_IsFiled_FromTheFormToThePackage()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:flow-full");
        var cards = new List<(string, JsonNode)>();

        var form = await chat.SendTextAsync("New claim");
        cards.Add(("form", form));
        Assert.Contains("New claim", ClaimConversation.Json(form), StringComparison.Ordinal);

        // Parse errors: the title is empty and the amount is not a number; the other values are kept.
        var firstTry = ClaimConversation.ValidForm(string.Empty);
        firstTry[ClaimFields.Amount] = "lots";
        var withErrors = await chat.PressAsync(form, CardVerbs.ClaimCreate, firstTry);
        cards.Add(("form with parse errors", withErrors));
        var json = ClaimConversation.Json(withErrors);
        Assert.Contains("\"id\":\"title.error\"", json, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"amount.error\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"2026-07-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Seminar\"", json, StringComparison.Ordinal);

        // Domain errors: the usage period ends before it starts.
        var secondTry = ClaimConversation.ValidForm("Security webinar for SMB customers");
        secondTry[ClaimFields.UsageEnd] = "2026-06-01";
        var domainErrors = await chat.PressAsync(withErrors, CardVerbs.ClaimCreate, secondTry);
        cards.Add(("form with domain errors", domainErrors));
        Assert.Contains("\"id\":\"usageEnd.error\"", ClaimConversation.Json(domainErrors), StringComparison.Ordinal);
        Assert.Empty(await chat.Claims.ListMineAsync(ClaimConversation.User, 50, default) is var none ? none.Where(c => c.Title.StartsWith("Security webinar", StringComparison.Ordinal)) : []);

        // Corrected: the claim is created and its card shown.
        var claimCard = await chat.PressAsync(domainErrors, CardVerbs.ClaimCreate, ClaimConversation.ValidForm("Security webinar for SMB customers"));
        cards.Add(("claim card", claimCard));
        Assert.Contains("Claim created.", ClaimConversation.Json(claimCard), StringComparison.Ordinal);
        var claimId = Guid.Parse(ClaimConversation.ActionData(claimCard, CardVerbs.ClaimReady)["claimId"]!.GetValue<string>());
        var stored = await chat.ReadAsync(ClaimConversation.User, claimId);
        Assert.Equal(ClaimStatus.Draft, stored.Status);
        Assert.Equal(1500.50m, stored.Amount);
        Assert.True(stored.VendorsUsed);

        // Ready is refused while evidence is missing; the card lists the gaps and nothing changes.
        var refused = await chat.PressAsync(claimCard, CardVerbs.ClaimReady);
        cards.Add(("ready refused", refused));
        Assert.Contains("Not ready yet. Missing:", ClaimConversation.Json(refused), StringComparison.Ordinal);
        Assert.Contains("Proof of execution (POE)", ClaimConversation.Json(refused), StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Draft, (await chat.ReadAsync(ClaimConversation.User, claimId)).Status);

        // Evidence arrives through the domain API (the evidence conversation is another issue).
        var version = stored.Version;
        foreach (var (kind, name) in new[] { (EvidenceKind.CoreRequirementDocumentation, "agenda.pdf"), (EvidenceKind.VendorInvoice, "venue-invoice.pdf"), (EvidenceKind.ProofOfExecution, "photos.zip") })
        {
            var added = await chat.Claims.AddEvidenceAsync(
                ClaimConversation.User, claimId, version,
                new NewEvidence(kind, EvidenceSource.OneDrive, name, 2048, "application/pdf", "drive-1", "item-" + name, new Uri("https://contoso-my.sharepoint.com/personal/alex/Documents/" + name), "etag", null, "sha-" + name),
                default);
            version = Assert.IsType<CoopAssistant.Claims.Services.ClaimView>(added.Value).Version;
        }

        // The evidence is reviewed in the background; "ready" waits for it. Then the old card is stale: refresh shows the complete checklist.
        await chat.WaitForReviewAsync(ClaimConversation.User, claimId);
        var refreshed = await chat.PressAsync(refused, CardVerbs.ClaimRefresh);
        Assert.Contains("✓ Proof of execution (POE): 1 file", ClaimConversation.Json(refreshed), StringComparison.Ordinal);

        var steps = await chat.PressAsync(refreshed, CardVerbs.ClaimReady);
        cards.Add(("partner center steps", steps));
        var stepsJson = ClaimConversation.Json(steps);
        Assert.Contains("Incentives → Co-op management → Create a claim", stepsJson, StringComparison.Ordinal);
        Assert.Contains("(https://contoso-my.sharepoint.com/personal/alex/Documents/photos.zip)", stepsJson, StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Ready, (await chat.ReadAsync(ClaimConversation.User, claimId)).Status);

        // Marked submitted with the Partner Center claim id (an invalid id is refused first).
        var badId = await chat.PressAsync(steps, CardVerbs.ClaimSubmit, new JsonObject { ["partnerCenterClaimId"] = "no spaces!" });
        Assert.Contains("\"id\":\"partnerCenterClaimId.error\"", ClaimConversation.Json(badId), StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Ready, (await chat.ReadAsync(ClaimConversation.User, claimId)).Status);
        var submitted = await chat.PressAsync(badId, CardVerbs.ClaimSubmit, new JsonObject { ["partnerCenterClaimId"] = "CLM-12345" });
        cards.Add(("submitted", submitted));
        Assert.Contains("CLM-12345", ClaimConversation.Json(submitted), StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Submitted, (await chat.ReadAsync(ClaimConversation.User, claimId)).Status);

        // Documentation requested afterwards is recorded.
        var docForm = await chat.PressAsync(submitted, CardVerbs.ClaimDocumentationRequested);
        cards.Add(("documentation form", docForm));
        var docRecorded = await chat.PressAsync(docForm, CardVerbs.ClaimDocumentationRequested, new JsonObject
        {
            ["request.requestedOn"] = "2026-11-20",
            [ClaimFields.RequestText] = "Signed attendee list",
            [ClaimFields.RespondBy] = "2026-12-10",
        });
        cards.Add(("documentation recorded", docRecorded));
        var afterRequest = await chat.ReadAsync(ClaimConversation.User, claimId);
        Assert.Equal(ClaimStatus.AdditionalDocumentationRequested, afterRequest.Status);
        Assert.Equal("Signed attendee list", Assert.Single(afterRequest.DocumentationRequests).WhatWasAsked);

        // The package: a ZIP with the summary in the user's language and the evidence index.
        using var http = new HttpClient();
        using var download = await http.GetAsync(ClaimConversation.PackageUrl(docRecorded));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await download.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var summary = Read(zip, ClaimPackageWriter.SummaryEntry(UserCulture.English));
        Assert.Contains("Title: Security webinar for SMB customers", summary, StringComparison.Ordinal);
        Assert.Contains("Deadline: 2/14/2027", summary, StringComparison.Ordinal);
        Assert.Contains("✓ Proof of execution (POE): 1 file", summary, StringComparison.Ordinal);
        var index = Read(zip, ClaimPackageWriter.IndexEntry(UserCulture.English)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("name,kind,link,hash,size_bytes,added_at,evidence_id", index[0].TrimStart('\uFEFF'));
        Assert.Equal(4, index.Length);
        Assert.Contains(index, l => l.StartsWith("\"photos.zip\",\"Proof of execution (POE)\",\"https://contoso-my.sharepoint.com/personal/alex/Documents/photos.zip\",\"sha256:sha-photos.zip\"", StringComparison.Ordinal));

        // The claim's whole history, oldest first: created, evidence, ready, submitted, the documentation request.
        var history = Read(zip, ClaimPackageWriter.HistoryEntry(UserCulture.English)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("version,at_utc,who,action,changes,note,email_link,email_date", history[0].TrimStart('\uFEFF'));
        Assert.Equal((await chat.ReadAsync(ClaimConversation.User, claimId)).Version, history.Length - 1);
        Assert.StartsWith("1,", history[1], StringComparison.Ordinal);
        Assert.Contains("\"Alex Wilber\",\"created the claim\"", history[1], StringComparison.Ordinal);
        Assert.Contains(history, l => l.Contains("\"recorded Partner Center's request for more documentation\"", StringComparison.Ordinal) && l.Contains("Status: Submitted → AdditionalDocumentationRequested", StringComparison.Ordinal));

        await CardAssert.AllValidAsync(cards);
    }

    [Fact]
    public async Task PackageLinks_Forged_Expired_OrForAnotherTenant_AreRefused()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:flow-links");
        var claim = await chat.CreateDirectlyAsync(ClaimConversation.User, "Links claim");
        // The package carries the evidence review once it has run (in the background after every change): wait for it, so the
        // entries below do not depend on timing.
        await Review.ReviewedClaims.WaitAsync(fixture.Host.Services.GetRequiredService<CoopAssistant.Claims.Services.IClaimService>(), ClaimConversation.User, claim.Id);
        var links = fixture.Host.Services.GetRequiredService<ClaimPackageLinks>();
        using var http = new HttpClient();
        var valid = links.Create(ClaimConversation.User, claim.Id, CultureInfo.GetCultureInfo("pt-BR"));

        using (var ok = await http.GetAsync(valid))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            using var zip = new ZipArchive(await ok.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
            Assert.Contains("Título: Links claim", Read(zip, ClaimPackageWriter.SummaryEntry(UserCulture.Portuguese)), StringComparison.Ordinal);
            Assert.Equal(["historico.csv", "indice-de-evidencias.csv", "resumo.txt", "revisao.csv", "revisao.txt"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            Assert.StartsWith("nome,tipo,link,hash", Read(zip, "indice-de-evidencias.csv").TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.StartsWith("reivindicacao-", ok.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        }

        var token = valid.Query[(valid.Query.IndexOf('=', StringComparison.Ordinal) + 1)..];
        var forged = new Uri(valid.GetLeftPart(UriPartial.Path) + "?t=" + (token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..]));
        using (var response = await http.GetAsync(forged))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("not valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var response = await http.GetAsync(new Uri(valid.GetLeftPart(UriPartial.Path))))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using (var response = await http.GetAsync(links.Create(ClaimConversation.User, claim.Id, CultureInfo.GetCultureInfo("en-US"), DateTimeOffset.UtcNow.AddMinutes(-1))))
        {
            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Contains("expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var otherTenant = new ClaimsCaller("tenant-other", BotHostFactory.UserObjectId, "Mallory", true);
        using (var response = await http.GetAsync(links.Create(otherTenant, claim.Id, CultureInfo.GetCultureInfo("en-US"))))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var otherUser = new ClaimsCaller(BotHostFactory.TenantId, "someone-else", "Mallory", false);
        using (var response = await http.GetAsync(links.Create(otherUser, claim.Id, CultureInfo.GetCultureInfo("en-US"))))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("minhas reivindicações", "pt-BR", "Minhas reivindicações")]
    [InlineData("MY CLAIMS", "en-US", "My claims")]
    [InlineData("nova reivindicacao", "pt-BR", "Nova reivindicação")]
    public async Task TypedCommands_WorkInBothLanguages_WithoutCaseOrAccents(string text, string locale, string expected)
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:typed-" + locale, locale);

        var card = await chat.SendTextAsync(text);

        Assert.Contains(expected, ClaimConversation.Json(card), StringComparison.Ordinal);
        await CardAssert.ValidAsync(text, card);
    }

    [Fact]
    public async Task StatusTyped_WithATitle_ShowsThatClaim_AndCancelClearsTheForm()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:typed-status");
        await chat.CreateDirectlyAsync(ClaimConversation.User, "Trade show booth Sao Paulo");

        var card = await chat.SendTextAsync("status trade show booth são paulo");
        Assert.Contains("Trade show booth Sao Paulo", card["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        await chat.SendTextAsync("new claim");
        var cancelled = await chat.SendTextAsync("cancelar");
        Assert.Contains("Cancelled", ClaimConversation.Json(cancelled), StringComparison.Ordinal);
        var state = await fixture.Host.Services.GetRequiredService<CoopAssistant.Claims.Conversations.IConversationStateStore>().GetAsync("a:typed-status", default);
        Assert.NotNull(state);
        Assert.DoesNotContain("\"form\":{", state.Json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status", "a:typed-status-pt-1")]
    [InlineData("situação", "a:typed-status-pt-2")]
    [InlineData("SITUACAO", "a:typed-status-pt-3")]
    public async Task StatusTypedInPortuguese_AsStatusOrSituacao_ShowsThatClaim(string verb, string conversation)
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, conversation, "pt-BR");
        await chat.CreateDirectlyAsync(ClaimConversation.User, "Feira de Recife " + conversation[^1]);

        var card = await chat.SendTextAsync($"{verb} feira de recife {conversation[^1]}");

        Assert.Contains("Feira de Recife " + conversation[^1], card["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusTyped_WithANumber_ShowsThatPositionOfMyClaims_ByUrgency()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:typed-number");
        await chat.CreateDirectlyAsync(ClaimConversation.User, "Numbered claim");
        var mine = await chat.Claims.ListMineAsync(ClaimConversation.User, 25, default);

        var list = await chat.SendTextAsync("my claims");
        var first = await chat.SendTextAsync("status 1");
        var outOfRange = await chat.SendTextAsync("status 999");

        Assert.Contains("1. " + mine[0].Title, ClaimConversation.Json(list), StringComparison.Ordinal);
        Assert.Contains(mine[0].Title, first["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Claim not found", ClaimConversation.Json(outOfRange), StringComparison.Ordinal);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
