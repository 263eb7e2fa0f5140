using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Colleagues;
using CoopAssistant.Bot.Conversation.Evidence.Search;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Conversation.Evidence;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Colleagues;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.App.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Colleagues;

/// <summary>
/// "Search OneDrive/SharePoint" on a colleague's request card, through the real endpoint, the fake channel, the fake Entra (the
/// colleague's sign-in) and the fake Graph: the owner's file search, scoped to the request — the colleague searches their own files,
/// picks one, and it lands on the claim as the item asked for, with the history naming them, the owner's card updated in place and
/// the owner told. The colleague sees the claim's title and nothing else of it. The test user is the colleague here.
/// </summary>
public sealed class ColleagueFileSearchTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private const string Conversation = "a:colleague-search";
    private const string OwnerChat = "a:owner-olivia";
    private const string OwnerCard = "act-olivia-claim-card";
    private static readonly ClaimsCaller Owner = new(BotHostFactory.TenantId, "00000000-0000-0000-0000-0000000000091", "Olivia Owner", false);

    private readonly GraphChat chat = new(fixture, Conversation);

    [Fact]
    public async Task TheColleague_SearchesTheirOwnFiles_PicksOne_AndItLandsOnTheClaimAsTheItemAskedFor_WithHistory_AndTheOwnersCardUpdated()
    {
        var (claim, request) = await ArrangeAsync("Partner summit booth", BotHostFactory.UserObjectId);
        var invoice = fixture.Graph.AddFile("Summit booth invoice.pdf", 6000, folder: "/Finance");
        fixture.Graph.AddFile("Summit notes.docx");
        var requestCard = ColleagueRequestCard.Create(UserCulture.English, request, claim.Title).ToJsonObject();
        var searchData = ClaimConversation.ActionData(requestCard, CardVerbs.ColleagueSearch);
        Assert.Equal(request.Id.ToString("D"), searchData["requestId"]!.GetValue<string>());

        // Not signed in yet: the usual OAuth card.
        Assert.Contains("I sent you a sign-in card", ClaimConversation.Json(await chat.InvokeAsync(CardVerbs.ColleagueSearch, searchData.DeepClone().AsObject())), StringComparison.Ordinal);
        await chat.SignInAsync();

        var search = await chat.InvokeAsync(CardVerbs.ColleagueSearch, searchData.DeepClone().AsObject());
        Assert.Contains("\"id\":\"query\"", ClaimConversation.Json(search), StringComparison.Ordinal);
        var query = searchData.DeepClone().AsObject();
        query[FileSearchCards.QueryInput] = "summit";
        var results = await chat.InvokeAsync(CardVerbs.ColleagueSearch, query);
        var choices = Choices(results);
        Assert.Equal(2, choices.Count);
        foreach (var card in new[] { search, results })
        {
            // Only what the request shows: the claim's title; no kind to choose (it is the item asked for), no claim id, no amount.
            var json = ClaimConversation.Json(card);
            Assert.Contains("Partner summit booth", json, StringComparison.Ordinal);
            Assert.DoesNotContain("evidenceKind", json, StringComparison.Ordinal);
            Assert.DoesNotContain(claim.Id.ToString(), json, StringComparison.Ordinal);
            Assert.DoesNotContain("4,321", json, StringComparison.Ordinal);
        }

        var attach = ClaimConversation.ActionData(results, CardVerbs.ColleagueAttachFound);
        Assert.Equal(request.Id.ToString("D"), attach["requestId"]!.GetValue<string>());
        attach[FileSearchCards.FilesInput] = choices.Single(c => c.Contains(invoice.Id, StringComparison.Ordinal));
        Assert.Contains("Copying 1 of 1 file…", ClaimConversation.Json(await chat.InvokeAsync(CardVerbs.ColleagueAttachFound, attach)), StringComparison.Ordinal);

        var received = await fixture.Channel.WaitForAsync(
            all => all.Any(r => r.ConversationId == Conversation && r.Method == "PUT" && r.Activity.ToJsonString().Contains("Added to the claim for Olivia Owner", StringComparison.Ordinal))
                && all.Any(r => r.ConversationId == OwnerChat && r.Method == "PUT" && r.ActivityId == OwnerCard)
                && all.Any(r => r.ConversationId == OwnerChat && r.Method == "POST" && r.Activity.ToJsonString().Contains("Alex Wilber sent", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60));
        var stored = Assert.IsType<ClaimView>((await Claims().GetAsync(Owner, claim.Id, default)).Value);
        var evidence = Assert.Single(stored.Evidence);
        Assert.Equal((EvidenceKind.VendorInvoice, EvidenceSource.OneDrive, invoice.Id), (evidence.Kind, evidence.Source, evidence.ItemId));
        var history = (await Claims().GetHistoryAsync(Owner, claim.Id, null, 10, default)).Value!;
        Assert.Contains(history.Entries, e => e.ActorName == "uploaded by Alex Wilber at Olivia Owner's request");
        Assert.Equal(ColleagueRequestStatus.Uploaded, (await Requests().FindAsync(BotHostFactory.TenantId, request.Id, default))!.Status);
        Assert.All(received.Where(r => r.ConversationId == Conversation), r => Assert.DoesNotContain("4,321", r.Activity.ToJsonString(), StringComparison.Ordinal));
        await CardAssert.AllValidAsync([("colleague request", requestCard), ("colleague search", search), ("colleague results", results)]);
    }

    [Fact]
    public async Task SomeoneTheRequestWasNotSentTo_CannotSearchForIt_NorAttachToIt()
    {
        var (_, request) = await ArrangeAsync("Someone else's booth", "00000000-0000-0000-0000-0000000000092");
        await chat.SignInAsync();
        var data = new JsonObject { ["requestId"] = request.Id.ToString("D") };
        var searchesBefore = fixture.Graph.Count("search");

        Assert.Contains("This request was sent to someone else", ClaimConversation.Json(await chat.InvokeAsync(CardVerbs.ColleagueSearch, data.DeepClone().AsObject())), StringComparison.Ordinal);
        data[FileSearchCards.FilesInput] = "o/drive-1/item-1";
        Assert.Contains("This request was sent to someone else", ClaimConversation.Json(await chat.InvokeAsync(CardVerbs.ColleagueAttachFound, data)), StringComparison.Ordinal);
        Assert.Equal(searchesBefore, fixture.Graph.Count("search"));
        Assert.Equal(ColleagueRequestStatus.Open, (await Requests().FindAsync(BotHostFactory.TenantId, request.Id, default))!.Status);
    }

    [Theory]
    [InlineData("en-US", "Search OneDrive/SharePoint", "find it in your OneDrive or SharePoint")]
    [InlineData("pt-BR", "Buscar no OneDrive/SharePoint", "encontre-o no seu OneDrive ou SharePoint")]
    public async Task TheColleaguesCard_OffersTheSearch_InTheirLanguage(string locale, string button, string text)
    {
        var request = new ColleagueRequest(
            Guid.NewGuid(), BotHostFactory.TenantId, Guid.NewGuid(), Owner.UserObjectId, Owner.DisplayName!, BotHostFactory.UserObjectId, "Alex Wilber",
            nameof(EvidenceKind.VendorInvoice), null, ColleagueRequestStatus.Open, new DateOnly(2026, 12, 1), null, 0, DateTimeOffset.UtcNow, null);
        var card = ColleagueRequestCard.Create(UserCulture.FromTag(locale), request, "Estande").ToJsonObject();

        var search = Assert.Single(ClaimConversation.AllActions(card), a => a["verb"]?.GetValue<string>() == CardVerbs.ColleagueSearch);
        Assert.Equal(button, search["title"]!.GetValue<string>());
        Assert.Contains(text, ClaimConversation.Json(card), StringComparison.Ordinal);
        await CardAssert.ValidAsync("colleague request " + locale, card);
    }

    private async Task<(ClaimView Claim, ColleagueRequest Request)> ArrangeAsync(string title, string colleague)
    {
        var created = await Claims().CreateAsync(
            Owner,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, title, new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 4321m, "USD", VendorsUsed: true, InHouseWork: false),
            default);
        var claim = Assert.IsType<ClaimView>(created.Value);
        await fixture.Host.Services.GetRequiredService<IConversationReferenceStore>().UpsertAsync(
            new ConversationReferenceRecord(BotHostFactory.TenantId, Owner.UserObjectId, "29:olivia", OwnerChat, fixture.Channel.ServiceUrl, Activities.BotId, "msteams", "en-US", null, DateTimeOffset.UtcNow),
            default);
        var request = await Requests().AddAsync(
            new ColleagueRequest(
                Guid.NewGuid(), BotHostFactory.TenantId, claim.Id, Owner.UserObjectId, Owner.DisplayName!, colleague, "Alex Wilber", nameof(EvidenceKind.VendorInvoice), null,
                ColleagueRequestStatus.Open, new DateOnly(2026, 9, 1), null, 0, DateTimeOffset.UtcNow, null, new ColleagueOwnerCard(fixture.Channel.ServiceUrl, OwnerChat, OwnerCard)),
            default);
        var hello = Activities.Message(fixture.Channel.ServiceUrl, "help", "en-US");
        hello["conversation"]!["id"] = Conversation;
        Assert.Equal(HttpStatusCode.OK, (await chat.PostAsync(hello)).Status);
        return (claim, request);
    }

    private IClaimService Claims() => fixture.Host.Services.GetRequiredService<IClaimService>();

    private IColleagueRequestStore Requests() => fixture.Host.Services.GetRequiredService<IColleagueRequestStore>();

    private static List<string> Choices(JsonObject card)
    {
        var input = (card["body"] as JsonArray ?? []).OfType<JsonObject>().Single(e => e["id"]?.GetValue<string>() == FileSearchCards.FilesInput);
        return [.. input["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>())];
    }
}
