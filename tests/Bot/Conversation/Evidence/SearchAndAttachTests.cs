using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Evidence.Search;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Tokens;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Graph;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>Search OneDrive and SharePoint, pick two files and a kind, attach: the real Graph services against the fake Graph server.</summary>
public sealed class SearchAndAttachTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private const string Conversation = "a:evidence-search";

    private readonly GraphChat chat = new(fixture, Conversation);

    [Fact]
    public async Task SearchPickTwoFilesAndAttach_RecordsAndCopiesBoth_AndTheChecklistUpdates()
    {
        var claims = fixture.Host.Services.GetRequiredService<IClaimService>();
        var created = await claims.CreateAsync(
            ClaimConversation.User,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Graph search seminar", new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 900m, "USD", true, false),
            default);
        var claim = Assert.IsType<ClaimView>(created.Value);
        var invoice = fixture.Graph.AddFile("Seminar agenda.pdf", 5000, folder: "/Coop");
        var photos = fixture.Graph.AddFile("Seminar photos.zip", 9000, site: "Marketing", mimeType: "application/zip");
        fixture.Graph.AddFile("Unrelated.docx");

        // Not signed in yet: the OAuth card is sent.
        var notSignedIn = await chat.InvokeAsync(FileSearchCards.SearchVerb, GraphChat.ClaimData(claim));
        Assert.Contains("I sent you a sign-in card", ClaimConversation.Json(notSignedIn), StringComparison.Ordinal);

        await chat.SignInAsync();

        var search = await chat.InvokeAsync(FileSearchCards.SearchVerb, GraphChat.ClaimData(claim));
        Assert.Contains("\"id\":\"query\"", ClaimConversation.Json(search), StringComparison.Ordinal);

        var data = GraphChat.ClaimData(claim);
        data[FileSearchCards.QueryInput] = "seminar";
        var results = await chat.InvokeAsync(FileSearchCards.SearchVerb, data);
        var json = ClaimConversation.Json(results);
        Assert.Contains("isMultiSelect", json, StringComparison.Ordinal);
        var choices = FindChoices(results, FileSearchCards.FilesInput);
        Assert.Equal(2, choices.Count);

        var attach = ClaimConversation.ActionData(results, CardVerbs.EvidenceAttachFound);
        attach[FileSearchCards.FilesInput] = string.Join(",", choices);
        attach["evidenceKind"] = nameof(EvidenceKind.CoreRequirementDocumentation);
        var progressCard = await chat.InvokeAsync(CardVerbs.EvidenceAttachFound, attach);
        Assert.Contains("Copying 1 of 2 files…", ClaimConversation.Json(progressCard), StringComparison.Ordinal);
        var card = await FinalCardAsync("2 files added as");

        var final = ClaimConversation.Json(card);
        Assert.Contains("2 files added as", final, StringComparison.Ordinal);
        Assert.Contains(": 2 files", final, StringComparison.Ordinal);
        var stored = Assert.IsType<ClaimView>((await claims.GetAsync(ClaimConversation.User, claim.Id, default)).Value);
        Assert.Equal(2, stored.Evidence.Count);
        var agenda = stored.Evidence.Single(e => e.ItemId == invoice.Id);
        Assert.Equal((EvidenceSource.OneDrive, invoice.ETag, invoice.QuickXorHash), (agenda.Source, agenda.ETag, agenda.QuickXorHash));
        Assert.Equal(EvidenceSource.SharePoint, stored.Evidence.Single(e => e.ItemId == photos.Id).Source);
        var folder = fixture.Graph.FindByPath(FakeGraphServer.MyDriveId, "CoopAssistant/Claims/" + claim.Id.ToString("D"));
        Assert.NotNull(folder);
        Assert.Equal(2, fixture.Graph.ChildrenOf(folder.Id).Count());

        var progress = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == Conversation && a.Method == "PUT"));
        Assert.Contains(progress, a => a.ConversationId == Conversation && a.Method == "PUT" && a.Activity.ToJsonString().Contains("of 2 files", StringComparison.Ordinal));
        await CardAssert.AllValidAsync([("search", search), ("results", results), ("claim card after attach", card)]);
    }

    [Fact]
    public async Task AttachEvidenceCard_OffersTheSearch_WhoseCardListsRecentFiles_AndAttachesOneWithoutAQuery()
    {
        var claims = fixture.Host.Services.GetRequiredService<IClaimService>();
        var created = await claims.CreateAsync(
            ClaimConversation.User,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Recent files seminar", new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 700m, "USD", true, false),
            default);
        var claim = Assert.IsType<ClaimView>(created.Value);
        var recentFile = fixture.Graph.AddFile("Recent attendee list.pdf", 4000, folder: "/Events");
        recentFile.LastModified = DateTimeOffset.UtcNow;
        await chat.SignInAsync();

        var attachCard = await chat.InvokeAsync(CardVerbs.EvidenceAttach, GraphChat.ClaimData(claim));
        var searchData = ClaimConversation.ActionData(attachCard, CardVerbs.EvidenceSearch);
        Assert.Contains("Search OneDrive/SharePoint", ClaimConversation.Json(attachCard), StringComparison.Ordinal);

        // Recent files come from Graph search sorted by last modification: /me/drive/recent is deprecated and the strict fake
        // Graph, like Graph after November 2026, returns no data from it.
        var searchesBefore = fixture.Graph.Count("search");
        var search = await chat.InvokeAsync(CardVerbs.EvidenceSearch, searchData);
        Assert.Equal(searchesBefore + 1, fixture.Graph.Count("search"));
        Assert.Equal(0, fixture.Graph.Count("recent"));
        Assert.Contains("Or pick from your recent files:", ClaimConversation.Json(search), StringComparison.Ordinal);
        var choices = FindChoices(search, FileSearchCards.FilesInput);
        Assert.Contains(recentFile.Id, choices[0], StringComparison.Ordinal);
        var choice = choices[0];

        var attach = ClaimConversation.ActionData(search, CardVerbs.EvidenceAttachFound);
        attach[FileSearchCards.FilesInput] = choice;
        attach["evidenceKind"] = nameof(EvidenceKind.ProofOfExecution);
        Assert.Contains("Copying 1 of 1 file…", ClaimConversation.Json(await chat.InvokeAsync(CardVerbs.EvidenceAttachFound, attach)), StringComparison.Ordinal);
        var card = await FinalCardAsync("1 file added as");

        Assert.Contains("1 file added as", ClaimConversation.Json(card), StringComparison.Ordinal);
        var stored = Assert.IsType<ClaimView>((await claims.GetAsync(ClaimConversation.User, claim.Id, default)).Value);
        Assert.Equal(recentFile.ETag, Assert.Single(stored.Evidence).ETag);
        await CardAssert.AllValidAsync([("attach evidence with search", attachCard), ("search with recent files", search)]);

        // The other tests of this class start signed out.
        await fixture.Host.Services.GetRequiredService<IGraphTokenService>()
            .SignOutAsync(new GraphUserKey(BotHostFactory.TenantId, BotHostFactory.UserObjectId), default);
    }

    /// <summary>The clicked card as the background work last replaced it (a PUT of the invoke's replyToId) once it says <paramref name="text"/>.</summary>
    private async Task<JsonObject> FinalCardAsync(string text)
    {
        var received = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == Conversation && a.Method == "PUT"
            && ClaimConversation.Json(a.Activity).Contains(text, StringComparison.Ordinal)));
        return Assert.Single(received.Last(a => a.ConversationId == Conversation && a.Method == "PUT"
            && ClaimConversation.Json(a.Activity).Contains(text, StringComparison.Ordinal)).Cards);
    }

    private static List<string> FindChoices(JsonObject card, string id)
    {
        var input = (card["body"] as JsonArray ?? []).OfType<JsonObject>().Single(e => e["id"]?.GetValue<string>() == id);
        return [.. input["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>())];
    }
}
