using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence.Sources;

/// <summary>Evidence attached from OneDrive/SharePoint whose source is edited or deleted later: the claim card says so.</summary>
public sealed class ClaimSourceCheckTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private static readonly System.Globalization.CultureInfo Culture = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task ClaimRefresh_AfterSourcesChangedOrDeleted_FlagsThem_ButNotARenamedOne_AndTheStoredResultSparesTheNextRefresh()
    {
        var chat = new GraphChat(fixture, "a:source-check");
        var claims = fixture.Host.Services.GetRequiredService<IClaimService>();
        var claim = Assert.IsType<ClaimView>((await claims.CreateAsync(
            ClaimConversation.User,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Source check seminar", new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 500m, "USD", true, false),
            default)).Value);
        var edited = fixture.Graph.AddFile("Vendor invoice.pdf");
        var deleted = fixture.Graph.AddFile("Attendee list.pdf", site: "Marketing");
        var untouched = fixture.Graph.AddFile("Agenda.pdf");
        var renamed = fixture.Graph.AddFile("Photos.zip", mimeType: "application/zip");
        claim = await AttachAsync(claims, claim, edited, EvidenceKind.VendorInvoice);
        claim = await AttachAsync(claims, claim, deleted, EvidenceKind.ProofOfExecution);
        claim = await AttachAsync(claims, claim, untouched, EvidenceKind.ProofOfExecution);
        claim = await AttachAsync(claims, claim, renamed, EvidenceKind.ProofOfExecution);
        await chat.SignInAsync();

        fixture.Graph.EditContent(edited.Id);
        fixture.Graph.FailItem(deleted.Id, 404);
        fixture.Graph.Rename(renamed.Id, "Event photos.zip");
        var batchesBefore = fixture.Graph.Count("batch");
        var card = await chat.InvokeAsync(CardVerbs.ClaimRefresh, GraphChat.ClaimData(claim));

        Assert.Equal(batchesBefore + 1, fixture.Graph.Count("batch"));
        var lines = Texts(card);
        Assert.Contains(lines, t => t.StartsWith("\"Vendor invoice", StringComparison.Ordinal)
            && t.Contains("(" + ClaimTexts.For(EvidenceKind.VendorInvoice, Culture) + ") was edited in OneDrive/SharePoint", StringComparison.Ordinal));
        Assert.Contains(lines, t => t.StartsWith("\"Attendee list", StringComparison.Ordinal)
            && t.Contains("(" + ClaimTexts.For(EvidenceKind.ProofOfExecution, Culture) + ") was deleted or moved", StringComparison.Ordinal));
        // The unchanged and the renamed items are not flagged (the Review section below names every document, for its own reasons).
        Assert.DoesNotContain(lines, t => (t.Contains("Agenda", StringComparison.Ordinal) || t.Contains("Photos", StringComparison.Ordinal))
            && (t.Contains("was edited in OneDrive", StringComparison.Ordinal) || t.Contains("was deleted or moved", StringComparison.Ordinal)));
        var stored = Assert.IsType<ClaimView>((await claims.GetAsync(ClaimConversation.User, claim.Id, default)).Value);
        Assert.Equal(claim.Version, stored.Version);
        Assert.Equal(
            [EvidenceSourceState.Changed, EvidenceSourceState.Deleted, EvidenceSourceState.Unchanged, EvidenceSourceState.Unchanged],
            stored.Evidence.OrderBy(e => e.Name switch { "Vendor invoice.pdf" => 0, "Attendee list.pdf" => 1, "Agenda.pdf" => 2, _ => 3 }).Select(e => e.SourceState));

        var again = await chat.InvokeAsync(CardVerbs.ClaimStatus, GraphChat.ClaimData(claim));
        Assert.Equal(batchesBefore + 1, fixture.Graph.Count("batch"));
        Assert.Contains("was edited in OneDrive/SharePoint", ClaimConversation.Json(again), StringComparison.Ordinal);
        await CardAssert.AllValidAsync([("claim card with changed sources", card)]);
    }

    private static List<string> Texts(JsonObject card) =>
        [.. (card["body"] as JsonArray ?? []).OfType<JsonObject>().Where(e => e["type"]?.GetValue<string>() == "TextBlock").Select(e => e["text"]!.GetValue<string>())];

    private static async Task<ClaimView> AttachAsync(IClaimService claims, ClaimView claim, FakeDriveItem item, EvidenceKind kind)
    {
        var source = item.Site is null ? EvidenceSource.OneDrive : EvidenceSource.SharePoint;
        var added = await claims.AddEvidenceAsync(
            ClaimConversation.User,
            claim.Id,
            claim.Version,
            new NewEvidence(kind, source, item.Name, item.Size, item.MimeType, item.DriveId, item.Id, new Uri(item.WebUrl), item.ETag, item.QuickXorHash, CTag: item.CTag),
            default);
        return Assert.IsType<ClaimView>(added.Value);
    }
}
