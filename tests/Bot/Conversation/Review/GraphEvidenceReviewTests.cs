using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Evidence.Search;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Conversation.Evidence;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Review;

/// <summary>Evidence added from the OneDrive/SharePoint search is reviewed end to end: the review downloads each kept copy through
/// the fake Graph's <c>GET /drives/{d}/items/{i}/content</c> (302 to a pre-authenticated URL on another host, which refuses a
/// bearer token), reads it, and the clicked card ends with the finding; a file over the size limit gets a finding, not a crash.</summary>
public sealed class GraphEvidenceReviewTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private const string Conversation = "a:review-graph";

    private static readonly byte[] WrongDatedInvoice = TextPdf.Create(
        "INVOICE",
        "Contoso Events LLC",
        "Invoice No. INV-3071",
        "Invoice date: March 15, 2026",
        "Bill to: Fabrikam Partners",
        "Venue and catering for the partner seminar",
        "Grand total: USD 1,000.00");

    private readonly GraphChat chat = new(fixture, Conversation);

    [Fact]
    public async Task AWrongDatedInvoiceFromOneDrive_IsDownloadedThroughGraphContent_AndTheCardShowsItsDate_WhileATooLargeFileGetsAFinding()
    {
        var claims = fixture.Host.Services.GetRequiredService<IClaimService>();
        var created = await claims.CreateAsync(
            ClaimConversation.User,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Graph reviewed seminar", new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 1000m, "USD", true, false),
            default);
        var claim = Assert.IsType<ClaimView>(created.Value);
        var invoice = fixture.Graph.AddFile("Kestrel7731 invoice.pdf", folder: "/Invoices", content: WrongDatedInvoice);
        var tooLarge = new byte[(1024 * 1024) + 4096];
        "%PDF-1.4\n"u8.CopyTo(tooLarge);
        fixture.Graph.AddFile("Kestrel7731 scan.pdf", folder: "/Invoices", content: tooLarge);
        await chat.SignInAsync();

        var data = GraphChat.ClaimData(claim);
        data[FileSearchCards.QueryInput] = "Kestrel7731";
        var results = await chat.InvokeAsync(FileSearchCards.SearchVerb, data);
        var attach = ClaimConversation.ActionData(results, CardVerbs.EvidenceAttachFound);
        attach[FileSearchCards.FilesInput] = string.Join(",", FindChoices(results, FileSearchCards.FilesInput));
        attach["evidenceKind"] = nameof(EvidenceKind.VendorInvoice);
        var downloadsBefore = fixture.Graph.Requests.Count(r => r.Kind == "download");
        await chat.InvokeAsync(CardVerbs.EvidenceAttachFound, attach);

        // The clicked card: the claim card ("2 file(s) added as…"), then the follow-up review's result in its place.
        var received = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == Conversation && a.Method == "PUT"
            && ClaimConversation.Json(a.Activity).Contains("Invoice dated", StringComparison.Ordinal)));
        var card = Assert.Single(received.Last(a => a.ConversationId == Conversation && a.Method == "PUT"
            && ClaimConversation.Json(a.Activity).Contains("Invoice dated", StringComparison.Ordinal)).Cards);
        // Names and dates carry invisible break hints on the card (zero-width spaces, word joiners).
        var json = ClaimConversation.Json(card).Replace(CardText.ZeroWidthSpace.ToString(), string.Empty, StringComparison.Ordinal)
            .Replace(CardText.WordJoiner.ToString(), string.Empty, StringComparison.Ordinal);
        Assert.Contains("⚠ Kestrel7731 invoice.pdf: Invoice dated Mar 15, 2026, outside the usage period Jul 1, 2026 – Dec 31, 2026.", json, StringComparison.Ordinal);
        Assert.Contains("Kestrel7731 scan.pdf: Only part of this document was read", json, StringComparison.Ordinal);
        Assert.Contains("size limit", json, StringComparison.Ordinal);

        // Both kept copies were read through /content: 302 from Graph with the user's token, then the download URL on another
        // host, without it (the fake answers 401 to a download that carries a bearer token).
        var copies = fixture.Graph.Items.Where(i => i.Name.StartsWith("Kestrel7731", StringComparison.Ordinal) && i.Id != invoice.Id && i.FolderPath != "/Invoices").ToList();
        Assert.Equal(2, copies.Count);
        var contentCalls = fixture.Graph.Requests.Where(r => r.Kind == "content" && copies.Any(c => r.Path.Contains(c.Id, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(contentCalls);
        Assert.All(contentCalls, r => Assert.Equal((302, true), (r.Status, r.Authorization is not null)));
        var downloads = fixture.Graph.Requests.Where(r => r.Kind == "download").Skip(downloadsBefore).ToList();
        Assert.True(downloads.Count >= 2, "each kept copy downloaded");
        Assert.All(downloads, r => Assert.Equal((200, (string?)null), (r.Status, r.Authorization)));
    }

    private static List<string> FindChoices(JsonObject card, string id)
    {
        var input = (card["body"] as JsonArray ?? []).OfType<JsonObject>().Single(e => e["id"]?.GetValue<string>() == id);
        return [.. input["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>())];
    }
}
