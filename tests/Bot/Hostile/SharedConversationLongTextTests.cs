using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Conversation.TypedText;
using CoopAssistant.Bot.Tests.Conversation.Sharing;
using CoopAssistant.Bot.Tests.Hosting;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// The 500-character cap of issue 19 item 1 also holds for an @mention in a group chat or a team channel (issue 23's shared
/// conversation handler): a 28 KB mention is answered "please ask in fewer words" in the user's language, in the conversation
/// where it was asked, and not with the shared help.
/// </summary>
public sealed class SharedConversationLongTextTests : IAsyncLifetime
{
    private readonly SharingHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("groupChat", "en-US", "Please ask in fewer words")]
    [InlineData("channel", "pt-BR", "Pergunte com menos palavras")]
    public async Task A28KBMention_IsAnsweredAskForFewerWords(string conversationType, string locale, string title)
    {
        var text = "<at>CoopAssistant</at> " + string.Concat(Enumerable.Repeat("status ", 28 * 1024 / 7));
        var activity = Activities.Message(_host.Channel.ServiceUrl, text, locale);
        SharingHost.Owner.Apply(activity, conversationType);
        if (conversationType == "channel")
        {
            activity["conversation"]!["id"] = "19:general@thread.tacv2";
            activity["channelData"]!["team"] = new JsonObject { ["id"] = "19:team-1@thread.tacv2" };
            activity["channelData"]!["channel"] = new JsonObject { ["id"] = "19:general@thread.tacv2" };
        }

        activity["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>CoopAssistant</at>",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "CoopAssistant" },
        });
        var conversation = activity["conversation"]!["id"]!.GetValue<string>();

        using var response = await _host.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _host.Channel.WaitForAsync(r => r.Count > 0));
        Assert.Equal(conversation, reply.ConversationId);
        var card = ChatUserRateLimitTests.Text(Assert.Single(reply.Cards));
        Assert.Contains(title, card, StringComparison.Ordinal);
        Assert.Contains(TypedTextLimit.MaxCharacters.ToString(CultureInfo.InvariantCulture), card, StringComparison.Ordinal);
    }
}
