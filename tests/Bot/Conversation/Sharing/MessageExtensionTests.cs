using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoopAssistant.Bot.Tests.Conversation.Sharing;

/// <summary>The message extension through the real endpoint: "Find a claim" (<c>composeExtension/query</c>), picking a result
/// (<c>composeExtension/selectItem</c>) and link unfurling (<c>composeExtension/queryLink</c>), in both languages, answered in the
/// shapes Teams documents (https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search).</summary>
public sealed class MessageExtensionTests : IAsyncLifetime
{
    private readonly SharingHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task FindAClaim_ListsOnlyTheClaimsThePersonMaySee_WithStatusDeadlineAndDaysLeft()
    {
        var booth = await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");
        await _host.CreateClaimAsync(SharingHost.Owner, "Webinar series");
        await _host.CreateClaimAsync(SharingHost.Colleague, "Secret roadshow");

        var initial = Result(await _host.InvokeAsync(SharingHost.Owner, "composeExtension/query", SharingHost.Search(null)));
        Assert.Equal(["Booth at Ignite", "Webinar series"], Titles(initial).Order());

        var found = Result(await _host.InvokeAsync(SharingHost.Owner, "composeExtension/query", SharingHost.Search("ignite BOOTH")));
        var item = Assert.Single(found)!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", item["contentType"]!.GetValue<string>());
        var preview = item["preview"]!;
        Assert.Equal("application/vnd.microsoft.card.thumbnail", preview["contentType"]!.GetValue<string>());
        Assert.Equal("Booth at Ignite", preview["content"]!["title"]!.GetValue<string>());
        Assert.Matches(@"^Draft \(Partner Center: Editing\) · Deadline: \d+/\d+/\d{4} \(.+\)$", preview["content"]!["text"]!.GetValue<string>());
        Assert.Equal("invoke", preview["content"]!["tap"]!["type"]!.GetValue<string>());
        Assert.Equal(booth.Id.ToString("D"), preview["content"]!["tap"]!["value"]!["claimId"]!.GetValue<string>());

        // The card that goes into the conversation carries nothing of the claim; it refreshes for the person sharing it.
        var posted = item["content"]!.AsObject();
        AssertCarriesNothingOf(posted, "Booth at Ignite");
        Assert.Equal("claim.shared", posted["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Contains("29:user-id-0", posted["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));

        // The colleague finds only their own claim; the administrator finds the tenant's three; the other tenant's administrator none.
        Assert.Equal(["Secret roadshow"], Titles(Result(await _host.InvokeAsync(SharingHost.Colleague, "composeExtension/query", SharingHost.Search(null)))));
        Assert.Equal(3, Result(await _host.InvokeAsync(SharingHost.Administrator, "composeExtension/query", SharingHost.Search(null))).Count);
        var outsider = await _host.InvokeAsync(SharingHost.Outsider, "composeExtension/query", SharingHost.Search("booth"));
        Assert.Equal("message", outsider["composeExtension"]!["type"]!.GetValue<string>());
        Assert.DoesNotContain("Booth at Ignite", outsider.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAClaim_TypedInPortuguese_MatchesStatusesInPortuguese_AndAnswersInPortuguese()
    {
        await _host.CreateClaimAsync(SharingHost.Owner, "Estande na feira");

        var found = Result(await _host.InvokeAsync(SharingHost.Owner, "composeExtension/query", SharingHost.Search("rascunho estande"), "pt-BR"));

        var preview = Assert.Single(found)!["preview"]!["content"]!;
        Assert.Matches(@"^Rascunho \(no Partner Center: Editing\) · Prazo: \d{2}/\d{2}/\d{4} \(.+\)$", preview["text"]!.GetValue<string>());
        Assert.Contains("Uma reivindicação de co-op foi compartilhada aqui", ClaimJson(found[0]!["content"]!), StringComparison.Ordinal);
        var none = await _host.InvokeAsync(SharingHost.Owner, "composeExtension/query", SharingHost.Search("inexistente"), "pt-BR");
        Assert.Equal("message", none["composeExtension"]!["type"]!.GetValue<string>());
        Assert.StartsWith("Nenhuma reivindicação", none["composeExtension"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var unknown = await _host.InvokeAsync(SharingHost.Owner, "composeExtension/query", new JsonObject { ["commandId"] = "somethingElse", ["parameters"] = new JsonArray() });
        Assert.Equal("message", unknown["composeExtension"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SelectItem_InsertsTheSharedCard_OnlyForAClaimThePersonMaySee()
    {
        var claim = await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");
        var value = new JsonObject { ["claimId"] = claim.Id.ToString("D") };

        var inserted = Result(await _host.InvokeAsync(SharingHost.Owner, "composeExtension/selectItem", value.DeepClone().AsObject()));
        var card = Assert.Single(inserted)!["content"]!.AsObject();
        Assert.Equal(claim.Id.ToString("D"), card["refresh"]!["action"]!["data"]!["claimId"]!.GetValue<string>());
        AssertCarriesNothingOf(card, "Booth at Ignite");

        var refused = await _host.InvokeAsync(SharingHost.Colleague, "composeExtension/selectItem", value.DeepClone().AsObject(), "pt-BR");
        Assert.Equal("message", refused["composeExtension"]!["type"]!.GetValue<string>());
        Assert.DoesNotContain(claim.Id.ToString("D"), refused.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryLink_UnfurlsAClaimLinkOrTheDashboardLink_AndNothingForOtherLinks()
    {
        var claim = await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");

        foreach (var url in new[] { $"https://localhost/claims/{claim.Id}", $"https://localhost/tab/?claim={claim.Id}&host=teams" })
        {
            var unfurled = Result(await _host.InvokeAsync(SharingHost.Owner, "composeExtension/queryLink", new JsonObject { ["url"] = url }));
            var item = Assert.Single(unfurled)!;
            Assert.Equal("application/vnd.microsoft.card.adaptive", item["preview"]!["contentType"]!.GetValue<string>());
            Assert.Equal("claim.shared", item["content"]!["refresh"]!["action"]!["verb"]!.GetValue<string>());
        }

        foreach (var (person, url) in new[]
        {
            (SharingHost.Colleague, $"https://localhost/claims/{claim.Id}"),
            (SharingHost.Owner, $"https://localhost/claims/{Guid.NewGuid()}"),
            (SharingHost.Owner, "https://localhost/claims/not-a-claim"),
            (SharingHost.Owner, "javascript:alert(1)"),
        })
        {
            Assert.Empty(Result(await _host.InvokeAsync(person, "composeExtension/queryLink", new JsonObject { ["url"] = url })));
        }
    }

    [Fact]
    public async Task SharedCard_RefreshesToEachViewersOwnView_TheUnrelatedViewerGetsNoClaimDataInAnyField()
    {
        var claim = await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");
        var posted = Assert.Single(Result(await _host.InvokeAsync(SharingHost.Owner, "composeExtension/selectItem", new JsonObject { ["claimId"] = claim.Id.ToString("D") })))!["content"]!.AsObject();

        var owner = await _host.RefreshAsync(SharingHost.Owner, posted);
        Assert.Contains("Booth at Ignite", ClaimJson(owner), StringComparison.Ordinal);
        Assert.Contains(Verbs(owner), v => v == "evidence.attach");
        Assert.Equal("claim.shared", owner["refresh"]!["action"]!["verb"]!.GetValue<string>());

        var administrator = await _host.RefreshAsync(SharingHost.Administrator, posted, "pt-BR");
        Assert.Contains("Booth at Ignite", ClaimJson(administrator), StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", ClaimJson(administrator), StringComparison.Ordinal);
        Assert.Contains(Verbs(administrator), v => v == "claim.refresh");

        foreach (var viewer in new[] { SharingHost.Colleague, SharingHost.Outsider })
        {
            var view = await _host.RefreshAsync(viewer, posted);
            Assert.Contains("You don't have access to this claim", ClaimJson(view), StringComparison.Ordinal);
            AssertCarriesNothingOf(view, "Booth at Ignite");
            Assert.Equal([viewer.ChannelId], view["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        }
    }

    /// <summary>No field of the card holds the claim's title, owner, amount, status, dates or checklist.</summary>
    private static void AssertCarriesNothingOf(JsonNode card, string title)
    {
        var json = ClaimJson(card);
        foreach (var secret in new[] { title, "Alex Wilber", "1234", "1,234", "Draft", "Rascunho", "Seminar", "Deadline", "Prazo", "2026", "2027", "USD", "invoice" })
        {
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(Verbs(card.AsObject()), v => v != "claim.shared");
    }

    /// <summary>The card as JSON with non-ASCII text as is and every id (GUID) blanked, so a random id never looks like data.</summary>
    private static string ClaimJson(JsonNode card) =>
        Regex.Replace(Claims.ClaimConversation.Json(card), "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "<id>", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static IEnumerable<string> Verbs(JsonObject card) => VerbCoverageTests.Verbs(card);

    private static JsonArray Result(JsonObject body)
    {
        var extension = body["composeExtension"]!;
        Assert.Equal("result", extension["type"]!.GetValue<string>());
        Assert.Equal("list", extension["attachmentLayout"]!.GetValue<string>());
        return extension["attachments"]!.AsArray();
    }

    private static IEnumerable<string> Titles(JsonArray items) => items.Select(i => i!["preview"]!["content"]!["title"]!.GetValue<string>());
}
