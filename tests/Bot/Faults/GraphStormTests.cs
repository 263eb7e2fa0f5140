using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Evidence.Search;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Conversation.Evidence;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Graph;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Faults;

/// <summary>Graph answering 429 and 5xx storms (the SDK's retry handler, Retry-After honoured): the search and the attach end
/// correct with nothing duplicated; when Graph keeps failing past the retries the user is told on the card.</summary>
public sealed class GraphStormTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private const string Conversation = "a:graph-storm";

    [Fact]
    public async Task SearchAndAttachThrough429And503Storms_EndCorrect_WithNoDuplicates()
    {
        var claim = await SignedInClaimAsync("Storm seminar");
        var agenda = fixture.Graph.AddFile("Storm agenda.pdf", 5000, folder: "/Coop");
        var photos = fixture.Graph.AddFile("Storm photos.zip", 9000, site: "Marketing", mimeType: "application/zip");

        fixture.Graph.ThrottleNext("search", 2, 429, retryAfterSeconds: 1);
        var data = ClaimData(claim);
        data[FileSearchCards.QueryInput] = "storm";
        var results = await InvokeAsync(FileSearchCards.SearchVerb, data);
        var choices = ChoiceValues(results);
        Assert.Equal(2, choices.Count);

        fixture.Graph.ThrottleItem(agenda.Id, 2, 503, retryAfterSeconds: 1);
        fixture.Graph.ThrottleNext("copy", 2, 429, retryAfterSeconds: 1);
        var attach = ClaimConversation.ActionData(results, CardVerbs.EvidenceAttachFound);
        attach[FileSearchCards.FilesInput] = string.Join(",", choices);
        attach["evidenceKind"] = nameof(EvidenceKind.ProofOfExecution);
        Assert.Contains("Copying 1 of 2 files…", ClaimConversation.Json(await InvokeAsync(CardVerbs.EvidenceAttachFound, attach)), StringComparison.Ordinal);

        // The copies run in the background (through the storms); the clicked card is replaced with the claim card at the end.
        // The card meant is found by its content: the follow-up evidence review then replaces the same message with its result.
        bool IsAnswer(TestKit.Channel.ReceivedActivity a) => a.ConversationId == Conversation && a.Method == "PUT"
            && ClaimConversation.Json(a.Activity).Contains("2 files added as", StringComparison.Ordinal);
        var received = await fixture.Channel.WaitForAsync(r => r.Any(IsAnswer), TimeSpan.FromSeconds(60));
        var card = Assert.Single(received.Last(IsAnswer).Cards);
        Assert.Contains("2 files added as", ClaimConversation.Json(card), StringComparison.Ordinal);
        var stored = await ReadAsync(claim.Id);
        Assert.Equal(2, stored.Evidence.Count);
        Assert.Single(stored.Evidence, e => e.ItemId == agenda.Id);
        Assert.Single(stored.Evidence, e => e.ItemId == photos.Id);
        var folder = fixture.Graph.FindByPath(FakeGraphServer.MyDriveId, "CoopAssistant/Claims/" + claim.Id.ToString("D"));
        Assert.NotNull(folder);
        Assert.Equal(2, fixture.Graph.ChildrenOf(folder.Id).Count());

        // Pressing attach again (a retried click) adds nothing.
        var again = await InvokeAsync(CardVerbs.EvidenceAttachFound, attach.DeepClone().AsObject());
        Assert.Equal(2, (await ReadAsync(claim.Id)).Evidence.Count);
        Assert.Equal(2, fixture.Graph.ChildrenOf(folder.Id).Count());
        await CardAssert.AllValidAsync([("attach after storm", card), ("attach again", again)]);
    }

    [Fact]
    public async Task SearchWhenGraphKeeps503ing_TellsTheUserOnTheCard_AndChangesNothing()
    {
        var claim = await SignedInClaimAsync("Outage seminar");
        fixture.Graph.AddFile("Outage agenda.pdf", folder: "/Coop");
        fixture.Graph.ThrottleNext("search", 20, 503, retryAfterSeconds: 1);

        var data = ClaimData(claim);
        data[FileSearchCards.QueryInput] = "outage";
        var card = await InvokeAsync(FileSearchCards.SearchVerb, data);

        var json = ClaimConversation.Json(card);
        Assert.Contains("Microsoft 365 is busy; try again in a minute.", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"outage\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", json, StringComparison.Ordinal);
        var after = await ReadAsync(claim.Id);
        Assert.Equal(claim.Version, after.Version);
        Assert.Empty(after.Evidence);
        await CardAssert.ValidAsync("search failed", card);
    }

    private async Task<ClaimView> SignedInClaimAsync(string title)
    {
        var claims = fixture.Host.Services.GetRequiredService<IClaimService>();
        var created = await claims.CreateAsync(
            ClaimConversation.User,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, title, new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 900m, "USD", true, false),
            default);
        var exchange = Activities.Base("invoke", fixture.Channel.ServiceUrl, "en-US", null, new JsonObject
        {
            ["name"] = "signin/tokenExchange",
            ["value"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["connectionName"] = "CoopAssistantGraph", ["token"] = fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, BotHostFactory.UserObjectId) },
        });
        exchange["conversation"]!["id"] = Conversation;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(exchange)).Status);
        return Assert.IsType<ClaimView>(created.Value);
    }

    private async Task<ClaimView> ReadAsync(Guid id) =>
        Assert.IsType<ClaimView>((await fixture.Host.Services.GetRequiredService<IClaimService>().GetAsync(ClaimConversation.User, id, default)).Value);

    private static JsonObject ClaimData(ClaimView claim) => new()
    {
        [CardDataKeys.ClaimId] = claim.Id.ToString("D"),
        [CardDataKeys.ClaimVersion] = claim.Version,
    };

    private static List<string> ChoiceValues(JsonObject card)
    {
        var input = (card["body"] as JsonArray ?? []).OfType<JsonObject>().Single(e => e["id"]?.GetValue<string>() == FileSearchCards.FilesInput);
        return [.. input["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>())];
    }

    private async Task<JsonObject> InvokeAsync(string verb, JsonObject data)
    {
        data["verb"] = verb;
        var activity = Activities.CardAction(fixture.Channel.ServiceUrl, verb, data);
        activity["conversation"]!["id"] = Conversation;
        var (status, body) = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body!["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    private Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(JsonObject activity) => new GraphChat(fixture, Conversation).PostAsync(activity);
}
