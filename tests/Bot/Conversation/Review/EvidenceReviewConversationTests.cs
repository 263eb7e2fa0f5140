using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Package;
using CoopAssistant.Bot.Conversation.Review;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Conversation.Evidence;
using CoopAssistant.Claims.Findings;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Channel;

namespace CoopAssistant.Bot.Tests.Conversation.Review;

/// <summary>The evidence review end to end through the real endpoint: files dropped into the chat, reviewed in the background,
/// the card updated in place, "ready" gated, a warning accepted with a reason, the package.</summary>
public sealed class EvidenceReviewConversationTests(ChatFileHostFixture fixture) : IClassFixture<ChatFileHostFixture>
{
    private static readonly byte[] WrongDatedInvoice = TextPdf.Create(
        "INVOICE",
        "Contoso Events LLC",
        "Invoice No. INV-2044",
        "Invoice date: March 15, 2026",
        "Bill to: Fabrikam Partners",
        "Venue and catering for the partner seminar",
        "Grand total: USD 1,000.00");

    [Fact]
    public async Task AWrongDatedInvoiceDroppedInTheChat_ShowsItsDateAndTheUsagePeriod_ReadyIsRefused_AndAcceptingTheWarningIsRecorded()
    {
        var conversationId = "a:review-e2e-" + Guid.NewGuid().ToString("N")[..8];
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, conversationId);
        var user = ClaimConversation.User;
        var created = await chat.Claims.CreateAsync(
            user,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Reviewed seminar", new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 5000m, "USD", true, false),
            default);
        var claim = Assert.IsType<ClaimView>(created.Value);
        var version = claim.Version;
        foreach (var (kind, name) in new[] { (EvidenceKind.CoreRequirementDocumentation, "agenda.pdf"), (EvidenceKind.ProofOfExecution, "photos.pdf") })
        {
            var added = await chat.Claims.AddEvidenceAsync(user, claim.Id, version, new NewEvidence(kind, EvidenceSource.TeamsUpload, name, 100, "application/pdf"), default);
            version = Assert.IsType<ClaimView>(added.Value).Version;
        }

        await chat.InvokeAsync(CardVerbs.EvidenceAttach, new JsonObject
        {
            [CardDataKeys.ClaimId] = claim.Id.ToString("D"),
            [CardDataKeys.ClaimVersion] = version,
            ["step"] = "choose",
            ["evidenceKind"] = nameof(EvidenceKind.VendorInvoice),
        });

        // The invoice dropped into the chat: copied, recorded, then reviewed; the same card ends with the review's result.
        var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, conversationId, "en-US", ("invoice.pdf", fixture.Files.Add(WrongDatedInvoice)));
        var id = await ChatFileConversation.PostAsync(fixture.Host, message);
        var received = await fixture.Channel.WaitForAsync(r =>
            ChatFileConversation.RepliesTo(r, id).FirstOrDefault(a => a.Cards.Any()) is { } progress
            && r.Any(a => a.Method == "PUT" && a.ActivityId == progress.ActivityId && ClaimConversation.Json(a.Activity).Contains("Invoice dated", StringComparison.Ordinal)));
        var cardId = ChatFileConversation.RepliesTo(received, id).First(a => a.Cards.Any()).ActivityId;
        var updates = received.Where(a => a.Method == "PUT" && a.ActivityId == cardId).ToList();
        Assert.Contains("Reviewing the documents…", ClaimConversation.Json(updates[0].Activity), StringComparison.Ordinal);
        var reviewed = Assert.Single(updates[^1].Cards);
        var json = Visible(ClaimConversation.Json(reviewed));
        Assert.Contains("⚠ invoice.pdf: Invoice dated Mar 15, 2026, outside the usage period Jul 1, 2026 – Dec 31, 2026.", json, StringComparison.Ordinal);
        Assert.Contains("✗ The documents support", json, StringComparison.Ordinal);

        var stored = await chat.WaitForReviewAsync(user, claim.Id);
        Assert.Equal(ReviewState.Blocked, stored.Review!.State);
        var dateFinding = Assert.Single(stored.Review.Findings, f => f.Code == FindingCode.InvoiceDateOutsidePeriod);

        // "Ready" is refused while the blocking finding stands: the claim card says why and nothing changes.
        var refused = await chat.PressAsync(reviewed, CardVerbs.ClaimReady);
        Assert.Contains("The evidence review found problems that must be fixed first", ClaimConversation.Json(refused), StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Draft, (await chat.ReadAsync(user, claim.Id)).Status);

        // The warning is accepted with a reason: recorded with who, when and why, and shown on the card.
        var form = await chat.PressAsync(refused, CardVerbs.ReviewAccept);
        Assert.Contains(ReviewCards.FindingKey(dateFinding), ClaimConversation.Json(form), StringComparison.Ordinal);
        var noReason = await chat.PressAsync(form, CardVerbs.ReviewAccept, new JsonObject { [ReviewCards.FindingInput] = ReviewCards.FindingKey(dateFinding), [ReviewCards.ReasonInput] = "  " });
        Assert.Contains("Give a reason", ClaimConversation.Json(noReason), StringComparison.Ordinal);
        var accepted = await chat.PressAsync(form, CardVerbs.ReviewAccept, new JsonObject
        {
            [ReviewCards.FindingInput] = ReviewCards.FindingKey(dateFinding),
            [ReviewCards.ReasonInput] = "The venue was booked and paid in March for the September seminar.",
        });
        var acceptedJson = Visible(ClaimConversation.Json(accepted));
        Assert.True(acceptedJson.Contains("The finding was accepted and recorded.", StringComparison.Ordinal), acceptedJson);
        Assert.Contains("by Alex Wilber on", acceptedJson, StringComparison.Ordinal);
        var after = await chat.ReadAsync(user, claim.Id);
        var acceptance = Assert.Single(after.Review!.Acceptances);
        Assert.Equal((FindingCode.InvoiceDateOutsidePeriod, "Alex Wilber", "The venue was booked and paid in March for the September seminar."), (acceptance.Code, acceptance.AcceptedBy, acceptance.Reason));
        Assert.Equal(ReviewState.Blocked, after.Review.State);

        // The package holds the review: the CSV row shows the acceptance, the summary the document lines.
        using var http = new HttpClient();
        using var download = await http.GetAsync(ClaimConversation.PackageUrl(accepted));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var zip = new ZipArchive(await download.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var csv = Read(zip, "review.csv");
        Assert.Contains("\"warns\",\"invoice-date-outside-period\",\"invoice.pdf\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"accepted\",\"Alex Wilber\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"blocks\",\"amount-not-supported\",\"\"", csv, StringComparison.Ordinal);
        var summary = Read(zip, "review.txt");
        Assert.Contains("✓ invoice.pdf", summary, StringComparison.Ordinal);
        Assert.Contains("Accepted by Alex Wilber", summary, StringComparison.Ordinal);

        await CardAssert.AllValidAsync([("reviewed claim card", reviewed), ("ready refused by the review", refused), ("accept form", form), ("accepted", accepted)]);
    }

    [Fact]
    public async Task TheReviewCommand_ShowsProgressOnItsOwnCard_AndEndsWithTheClaimCard()
    {
        var conversationId = "a:review-cmd-" + Guid.NewGuid().ToString("N")[..8];
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, conversationId);
        var claim = await chat.CreateDirectlyAsync(ClaimConversation.User, "Typed review seminar");
        await chat.WaitForReviewAsync(ClaimConversation.User, claim.Id);

        var answer = await chat.SendTextAsync("review Typed review seminar");
        Assert.Contains("Reviewing the documents of", Visible(ClaimConversation.Json(answer)), StringComparison.Ordinal);
        var received = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == conversationId && a.Method == "PUT"
            && ClaimConversation.Json(a.Activity).Contains("No cost basis", StringComparison.OrdinalIgnoreCase)));
        var put = received.Last(a => a.ConversationId == conversationId && a.Method == "PUT");
        Assert.Contains(received, a => a.ConversationId == conversationId && a.Method == "POST" && a.ReplyToId is null
            && ClaimConversation.Json(a.Activity).Contains("Reviewing the claim…", StringComparison.Ordinal));
        Assert.Contains("Typed review seminar", ClaimConversation.Json(put.Activity), StringComparison.Ordinal);
        await CardAssert.AllValidAsync([("typed review answer", answer), ("review result", put.Cards.Single())]);
    }

    [Fact]
    public async Task AProgramNamedPdf_DroppedInTheChat_IsRefusedByItsContent_WithAClearMessage()
    {
        var conversationId = "a:review-exe-" + Guid.NewGuid().ToString("N")[..8];
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, conversationId);
        var claim = await chat.CreateDirectlyAsync(ClaimConversation.User, "Program as invoice seminar");
        await chat.InvokeAsync(CardVerbs.EvidenceAttach, new JsonObject
        {
            [CardDataKeys.ClaimId] = claim.Id.ToString("D"),
            [CardDataKeys.ClaimVersion] = claim.Version,
            ["step"] = "choose",
            ["evidenceKind"] = nameof(EvidenceKind.VendorInvoice),
        });
        byte[] program = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[200]];

        var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, conversationId, "en-US", ("invoice.pdf", fixture.Files.Add(program)));
        var id = await ChatFileConversation.PostAsync(fixture.Host, message);
        var received = await fixture.Channel.WaitForAsync(r =>
            ChatFileConversation.RepliesTo(r, id).FirstOrDefault(a => a.Cards.Any()) is { } progress
            && r.Any(a => a.Method == "PUT" && a.ActivityId == progress.ActivityId && ClaimConversation.Json(a.Activity).Contains("was not added", StringComparison.Ordinal)));

        var cardId = ChatFileConversation.RepliesTo(received, id).First(a => a.Cards.Any()).ActivityId;
        var json = Visible(ClaimConversation.Json(received.Last(a => a.Method == "PUT" && a.ActivityId == cardId && ClaimConversation.Json(a.Activity).Contains("was not added", StringComparison.Ordinal)).Activity));
        Assert.Contains("invoice.pdf was not added: its content is a program or a macro-enabled Office file, whatever its name says", json, StringComparison.Ordinal);
        Assert.Empty((await chat.ReadAsync(ClaimConversation.User, claim.Id)).Evidence);
    }

    [Fact]
    public async Task TheCompanyIdentity_IsShownToEveryone_AndAPersonWhoIsNoAdministratorCannotSaveIt()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:partner-" + Guid.NewGuid().ToString("N")[..8]);

        var card = await chat.SendTextAsync("company identity");
        var json = ClaimConversation.Json(card);
        Assert.Contains("Your company's identity", json, StringComparison.Ordinal);
        Assert.Contains("Only an Incentives administrator can change these.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Text", json, StringComparison.Ordinal);

        var forged = await chat.InvokeAsync(CardVerbs.PartnerIdentity, new JsonObject { ["step"] = "save", ["legalNames"] = "Forged Ltda", ["taxIds"] = "45.723.174/0001-10" });
        Assert.Contains("Only an Incentives administrator can do this.", ClaimConversation.Json(forged), StringComparison.Ordinal);
        Assert.DoesNotContain("Forged Ltda", ClaimConversation.Json(forged), StringComparison.Ordinal);
        await CardAssert.AllValidAsync([("company identity", card), ("company identity refused", forged)]);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string Visible(string json) =>
        json.Replace(CardText.ZeroWidthSpace.ToString(), string.Empty, StringComparison.Ordinal).Replace(CardText.WordJoiner.ToString(), string.Empty, StringComparison.Ordinal);
}
