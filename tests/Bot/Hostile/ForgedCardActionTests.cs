using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Model;
using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>Forged Universal Actions: unknown or malformed verbs, tampered versions and ids. Each is answered with a clear
/// error or card, the claim in the database is unchanged and nothing is sent to the channel.</summary>
public sealed class ForgedCardActionTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    public static TheoryData<string> MalformedValues =>
    [
        "no value",
        "value is a string",
        "no action",
        "verb is a number",
        "unknown verb",
        "verb with path characters",
    ];

    [Theory]
    [MemberData(nameof(MalformedValues))]
    public async Task AMalformedOrUnknownAction_GetsAUniversalActionError_AndChangesNothing(string forgery)
    {
        var (chat, claim) = await ClaimAsync("Forged " + forgery);
        var activity = Activities.CardAction(fixture.Channel.ServiceUrl, CardVerbs.ClaimReady, new JsonObject { ["claimId"] = claim.Id.ToString("D"), ["claimVersion"] = claim.Version });
        var action = activity["value"]!["action"]!.AsObject();
        switch (forgery)
        {
            case "no value": activity.Remove("value"); break;
            case "value is a string": activity["value"] = "claim.ready"; break;
            case "no action": activity["value"]!.AsObject().Remove("action"); break;
            case "verb is a number": action["verb"] = 42; break;
            case "unknown verb": action["verb"] = "claim.deleteEverything"; break;
            case "verb with path characters": action["verb"] = "../../claim.ready"; break;
        }

        var before = fixture.Channel.Received.Count;
        using var response = await fixture.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Contains("help", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertUnchangedAsync(chat, claim, before);
    }

    public static TheoryData<string, string, string> TamperedData => new()
    {
        { CardVerbs.ClaimReady, "claimVersion", "999" },
        { CardVerbs.ClaimSubmit, "claimVersion", "-1" },
        { CardVerbs.ClaimUpdate, "claimVersion", "\"1; DROP TABLE Claims\"" },
        { CardVerbs.ClaimEdit, "claimVersion", "1.5" },
        { CardVerbs.ClaimUpdate, "claimId", "\"../../etc/passwd\"" },
        { CardVerbs.ClaimReady, "claimId", "\"00000000-0000-0000-0000-000000000000\"" },
        { CardVerbs.ClaimSubmit, "claimId", "{\"$ne\":null}" },
        { CardVerbs.ClaimDocumentationRequested, "claimId", "[1,2,3]" },
    };

    [Theory]
    [MemberData(nameof(TamperedData))]
    public async Task ATamperedVersionOrClaimId_GetsAClearCard_AndChangesNothing(string verb, string key, string json)
    {
        var (chat, claim) = await ClaimAsync($"Tampered {verb} {key}");
        var data = ClaimConversation.ValidForm("Tampered title");
        data["claimId"] = claim.Id.ToString("D");
        data["claimVersion"] = claim.Version;
        data["partnerCenterClaimId"] = "X1";
        data[key] = JsonNode.Parse(json);
        var before = fixture.Channel.Received.Count;

        var card = await chat.InvokeAsync(verb, data);

        var text = ClaimConversation.Json(card);
        Assert.True(
            text.Contains("This card was out of date", StringComparison.Ordinal) || text.Contains("Claim not found", StringComparison.Ordinal)
            || text.Contains("Which claim", StringComparison.Ordinal) || text.Contains("Not ready yet", StringComparison.Ordinal),
            text);
        Assert.DoesNotContain("Tampered title", text, StringComparison.Ordinal);
        await CardAssert.ValidAsync($"tampered {verb} {key}", card);
        await AssertUnchangedAsync(chat, claim, before);
    }

    [Fact]
    public async Task AnActionSubmitWithAnUnknownVerb_GetsTheNotUnderstoodCard_AndChangesNothing()
    {
        var (chat, claim) = await ClaimAsync("Submit forgery");
        var activity = Activities.Message(fixture.Channel.ServiceUrl, "");
        activity["conversation"]!["id"] = "a:forged-submit";
        activity["value"] = new JsonObject { ["verb"] = "claim.deleteEverything", ["claimId"] = claim.Id.ToString("D") };
        var id = activity["id"]!.GetValue<string>();

        using var response = await fixture.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await fixture.Channel.WaitForAsync(r => r.Any(a => a.ReplyToId == id)), a => a.ReplyToId == id);
        Assert.Contains("I did not understand", ClaimConversation.Json(Assert.Single(reply.Cards)), StringComparison.Ordinal);
        Assert.Equal(claim.Version, (await chat.ReadAsync(ClaimConversation.User, claim.Id)).Version);
    }

    private async Task<(ClaimConversation Chat, CoopAssistant.Claims.Services.ClaimView Claim)> ClaimAsync(string title)
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:forged-" + Guid.NewGuid().ToString("N"));
        return (chat, await chat.CreateDirectlyAsync(ClaimConversation.User, title));
    }

    private async Task AssertUnchangedAsync(ClaimConversation chat, CoopAssistant.Claims.Services.ClaimView claim, int channelBefore)
    {
        var after = await chat.ReadAsync(ClaimConversation.User, claim.Id);
        Assert.Equal(claim.Version, after.Version);
        Assert.Equal(claim.Title, after.Title);
        Assert.Equal(ClaimStatus.Draft, after.Status);
        Assert.Equal(claim.Evidence.Count, after.Evidence.Count);
        Assert.Equal(channelBefore, fixture.Channel.Received.Count);
    }
}
