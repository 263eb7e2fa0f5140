using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>Sends messages with <c>file.download.info</c> attachments, as Teams does when a file is dropped into the chat.</summary>
internal static class ChatFileConversation
{
    public static JsonObject FileMessage(string serviceUrl, string conversationId, string locale, params (string Name, Uri Url)[] files)
    {
        var activity = Activities.Message(serviceUrl, string.Empty, locale);
        activity["conversation"]!["id"] = conversationId;
        var attachments = new JsonArray();
        foreach (var (name, url) in files)
        {
            attachments.Add(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/alex/Documents/Microsoft Teams Chat Files/" + name,
                ["name"] = name,
                ["content"] = new JsonObject
                {
                    ["downloadUrl"] = url.ToString(),
                    ["uniqueId"] = Guid.NewGuid().ToString(),
                    ["fileType"] = Path.GetExtension(name).TrimStart('.'),
                    ["etag"] = "\"{" + Guid.NewGuid() + "},1\"",
                },
            });
        }

        attachments.Add(new JsonObject { ["contentType"] = "text/html", ["content"] = "<div></div>" });
        activity["attachments"] = attachments;
        return activity;
    }

    /// <summary>Posts the message and returns its id once the bot's answer (a reply carrying a card) has arrived.</summary>
    public static async Task<string> PostAsync(BotHostFactory host, JsonObject activity)
    {
        using var response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return activity["id"]!.GetValue<string>();
    }

    public static IEnumerable<ReceivedActivity> RepliesTo(IReadOnlyList<ReceivedActivity> received, string id) =>
        received.Where(a => a.ReplyToId == id);
}
