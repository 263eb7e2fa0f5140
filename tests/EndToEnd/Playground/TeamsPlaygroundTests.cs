using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.TestKit.Playground;

namespace CoopAssistant.EndToEnd.Tests.Playground;

/// <summary>
/// The bot beyond the 1:1 chat, through the real Microsoft 365 Agents Playground (0.2.28): an @mention in its group chat and in its
/// team's channels ("General", "Announcements"), and the message extension's search from a compose box — driven through the same
/// HTTP interface its web UI uses (<c>/_conversation/v1/conversations/{id}/messages</c> with <c>mentions</c>, <c>/_conversation/v1/invoke</c>
/// with <c>composeExtension/query</c>).
/// </summary>
public sealed class TeamsPlaygroundTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private AgentsPlayground Client => fixture.Client;

    [Fact]
    public async Task GroupChatMention_Status_IsAnsweredInThePersonalChat_AndOnlyANoticeInTheGroup()
    {
        var title = await CreateClaimAsync("Group chat booth");
        var before = Client.BotMessages.Count;

        await Client.SendTextAsync(Client.GroupChatId, "status", mentionBot: false);
        await Client.SendTextAsync(Client.GroupChatId, "status", mentionBot: true);

        var notice = await Client.WaitForBotMessageAsync(m => AgentsPlayground.ConversationOf(m) == Client.GroupChatId);
        Assert.Contains("1:1 chat", Json(notice), StringComparison.Ordinal);
        var list = await Client.WaitForBotMessageAsync(m => AgentsPlayground.ConversationOf(m) == Client.PersonalConversationId
            && Client.BotMessages.ToList().IndexOf(m) >= before && Json(m).Contains(title, StringComparison.Ordinal));
        Assert.NotNull(list);
        var inGroup = Client.BotMessages.Where(m => AgentsPlayground.ConversationOf(m) == Client.GroupChatId).ToList();
        Assert.Single(inGroup);
        Assert.DoesNotContain(title, Json(inGroup[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelMention_Help_IsAnsweredInTheChannel_AMessageWithoutMentionIsNot()
    {
        var general = Client.Channels["General"];
        var announcements = Client.Channels["Announcements"];

        await Client.SendTextAsync(announcements, "help", mentionBot: false);
        await Client.SendTextAsync(general, "help", mentionBot: true);

        var help = await Client.WaitForBotMessageAsync(m => InChannel(m, general));
        Assert.Contains("CoopAssistant in a team or group chat", Json(help), StringComparison.Ordinal);
        await Client.SendTextAsync(announcements, "help", mentionBot: true);
        await Client.WaitForBotMessageAsync(m => InChannel(m, announcements));
        Assert.Single(Client.BotMessages, m => InChannel(m, announcements));
    }

    [Fact]
    public async Task MessageExtensionSearch_FromTheGroupChatComposeBox_FindsTheClaim_AndItsCardCarriesNoClaimData()
    {
        var title = await CreateClaimAsync("Compose box webinar");

        var answer = await Client.SearchAsync(Client.GroupChatId, "findClaim", "compose box webinar");

        var extension = answer!["composeExtension"]!;
        Assert.Equal("result", extension["type"]!.GetValue<string>());
        var item = Assert.Single(extension["attachments"]!.AsArray())!;
        Assert.Equal(title, item["preview"]!["content"]!["title"]!.GetValue<string>());
        Assert.DoesNotContain(title, item["content"]!.ToJsonString(Readable), StringComparison.Ordinal);
        Assert.Equal("claim.shared", item["content"]!["refresh"]!["action"]!["verb"]!.GetValue<string>());

        var none = await Client.SearchAsync(Client.Channels["General"], "findClaim", "no such claim anywhere");
        Assert.Equal("message", none!["composeExtension"]!["type"]!.GetValue<string>());
    }

    /// <summary>Files a claim through the personal chat's form, as a user would; returns its title (unique per call).</summary>
    private async Task<string> CreateClaimAsync(string name)
    {
        var title = name + " " + Guid.NewGuid().ToString("N")[..6];
        var before = Client.BotMessages.Count;
        await Client.SendTextAsync("new claim");
        var message = await Client.WaitForBotMessageAsync(m => Client.BotMessages.ToList().IndexOf(m) >= before
            && AgentsPlaygroundTests.CardText(m).Contains("\"claim.create\"", StringComparison.Ordinal));
        var card = (message["attachments"] as JsonArray)!.OfType<JsonObject>().First()["content"]!.AsObject();
        var data = card["actions"]!.AsArray().OfType<JsonObject>().First(a => a["verb"]?.GetValue<string>() == "claim.create")["data"]!.DeepClone().AsObject();
        data["program"] = "PartnerCoop";
        data["activityType"] = "Seminar";
        data["title"] = title;
        data["usageStart"] = "2026-10-01";
        data["usageEnd"] = "2027-03-31";
        data["activityDate"] = "2026-11-20";
        data["amount"] = "900";
        data["currency"] = "USD";
        data["vendorsUsed"] = "true"; // the cost basis needs one yes (issue 20)
        data["inHouseWork"] = "false";
        var response = await Client.ExecuteAsync(message["messageId"]!.ToString(), "claim.create", data);
        Assert.Contains(title, response!.ToJsonString(Readable), StringComparison.Ordinal);
        return title;
    }

    private static string Json(JsonObject message) => message.ToJsonString(Readable);

    /// <summary>A bot message in a channel: a reply lands in the thread the user's post opened (<c>{channel};messageid={id}</c>).</summary>
    private bool InChannel(JsonObject message, string channelId) =>
        message["from"]?["id"]?.GetValue<string>() == Client.BotId
        && AgentsPlayground.ConversationOf(message) is { } conversation
        && (conversation == channelId || conversation.StartsWith(channelId + ";messageid=", StringComparison.Ordinal));
}
