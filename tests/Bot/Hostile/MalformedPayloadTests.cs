using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.TestKit.App.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// Malformed payloads the fuzz test found turning into 500s (issue 19, item 13): card data beyond what the bot's cards send is a
/// Universal Action error with statusCode 400 and a reason (an Action.Submit gets the "cannot read" card), stored nothing; ids a
/// reply could never carry (control characters, lone surrogates, over 1,024 characters), oversized <c>from</c> / <c>recipient</c>
/// and null list entries are refused with 400 at the door.
/// </summary>
public sealed class MalformedPayloadTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    [Fact]
    public async Task OversizedCardData_IsA400CardError_AndStoresNothing()
    {
        var user = "malformed-" + Guid.NewGuid().ToString("N");
        var data = new JsonObject { ["verb"] = CardVerbs.ClaimCreate, ["activityDate"] = new string('x', 30_000) };
        var activity = Activities.CardAction(fixture.Channel.ServiceUrl, CardVerbs.ClaimCreate, data);
        activity["from"]!["aadObjectId"] = user;

        using var response = await fixture.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Contains("cannot read", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindAsync(BotHostFactory.TenantId, user, default));
    }

    [Fact]
    public async Task DeeplyNestedCardData_IsA400CardError()
    {
        JsonNode nested = "x";
        for (var i = 0; i < 10; i++)
        {
            nested = new JsonObject { ["a"] = nested };
        }

        var activity = Activities.CardAction(fixture.Channel.ServiceUrl, CardVerbs.ClaimList, new JsonObject { ["verb"] = CardVerbs.ClaimList, ["claimId"] = nested });

        using var response = await fixture.Host.PostActivityAsync(activity);

        Assert.Equal(400, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnOversizedActionSubmit_IsAnsweredWithTheCannotReadCard()
    {
        var activity = Activities.Message(fixture.Channel.ServiceUrl, "");
        activity["conversation"]!["id"] = "a:malformed-submit";
        activity["value"] = new JsonObject { ["verb"] = CardVerbs.ClaimCreate, ["title"] = "t", ["activityDate"] = new string('x', 30_000) };
        var id = activity["id"]!.GetValue<string>();

        using var response = await fixture.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await fixture.Channel.WaitForAsync(r => r.Any(a => a.ReplyToId == id)), a => a.ReplyToId == id);
        Assert.Contains("cannot read", Assert.Single(reply.Cards).ToJsonString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> MalformedActivities =>
    [
        "id with a NUL", "id with a newline", "locale of 2,000 characters", "id of 2,000 characters", "conversation id with a control character",
        "from.name of 10,000 characters", "recipient with a 10 KB property", "membersAdded with null", "attachments with null",
    ];

    [Theory]
    [MemberData(nameof(MalformedActivities))]
    public async Task AnActivityNoReplyCouldCarry_IsRefusedWith400_AndSendsNothing(string malformation)
    {
        var before = fixture.Channel.Received.Count;
        var activity = Activities.Message(fixture.Channel.ServiceUrl, "help");
        switch (malformation)
        {
            case "id with a NUL": activity["id"] = "1\u00002"; break;
            case "id with a newline": activity["id"] = "1\n2"; break;
            case "locale of 2,000 characters": activity["locale"] = new string('e', 2_000); break;
            case "id of 2,000 characters": activity["id"] = new string('1', 2_000); break;
            case "conversation id with a control character": activity["conversation"]!["id"] = "a:conv\u0007"; break;
            case "from.name of 10,000 characters": activity["from"]!["name"] = new string('é', 10_000); break;
            case "recipient with a 10 KB property": activity["recipient"]!["extra"] = new string('x', 10_000); break;
            case "membersAdded with null": activity["type"] = "conversationUpdate"; activity["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = Activities.BotId }); break;
            default: activity["attachments"] = new JsonArray((JsonNode?)null); break;
        }

        using var response = await fixture.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Task.Delay(100);
        Assert.Equal(before, fixture.Channel.Received.Count);
    }
}
