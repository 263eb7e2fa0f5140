using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Sharing;

/// <summary>
/// The bodies a message extension invoke is answered with (HTTP 200): <c>{composeExtension: {type: "result", attachmentLayout:
/// "list", attachments: [{contentType, content, preview}]}}</c>, or <c>{composeExtension: {type: "message", text}}</c> for a
/// notice (https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search).
/// </summary>
public static class MessageExtensionResults
{
    public const string ThumbnailCardType = "application/vnd.microsoft.card.thumbnail";

    /// <summary>One search result: the card inserted when it is picked, and the list row (a thumbnail card whose tap sends
    /// <c>composeExtension/selectItem</c> with <paramref name="selectValue"/>).</summary>
    public static JsonObject Item(AdaptiveCard card, string title, string subtitle, JsonObject selectValue)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new JsonObject
        {
            ["contentType"] = AdaptiveCard.ContentType,
            ["content"] = card.ToJsonObject(),
            ["preview"] = new JsonObject
            {
                ["contentType"] = ThumbnailCardType,
                ["content"] = new JsonObject
                {
                    ["title"] = title,
                    ["text"] = subtitle,
                    ["tap"] = new JsonObject { ["type"] = "invoke", ["value"] = selectValue },
                },
            },
        };
    }

    /// <summary>A card to insert, with itself as its preview (selectItem, queryLink).</summary>
    public static JsonObject Item(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var json = card.ToJsonObject();
        return new JsonObject
        {
            ["contentType"] = AdaptiveCard.ContentType,
            ["content"] = json,
            ["preview"] = new JsonObject { ["contentType"] = AdaptiveCard.ContentType, ["content"] = json.DeepClone() },
        };
    }

    public static InvokeResponse Result(IEnumerable<JsonObject> items) => Respond(new JsonObject
    {
        ["type"] = "result",
        ["attachmentLayout"] = "list",
        ["attachments"] = new JsonArray([.. items]),
    });

    public static InvokeResponse Message(string text) => Respond(new JsonObject { ["type"] = "message", ["text"] = text });

    private static InvokeResponse Respond(JsonObject composeExtension) =>
        new(200, JsonSerializer.SerializeToElement(new JsonObject { ["composeExtension"] = composeExtension }, CardMessagesJsonContext.Default.JsonObject));
}
