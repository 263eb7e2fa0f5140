using System.Text.Json.Nodes;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Hosting;

/// <summary>Activities shaped like the captured Teams-like client's (see tests/Fixtures/playground).</summary>
public static class Activities
{
    public const string ConversationId = "a:conv-personal-1";
    public const string BotId = "28:" + BotHostFactory.AppId;
    public const string UserId = "29:user-id-0";

    public static JsonObject Message(string serviceUrl, string text, string locale = "en-US", string? id = null) => Base("message", serviceUrl, locale, id, new JsonObject
    {
        ["text"] = text,
        ["textFormat"] = "plain",
    });

    public static JsonObject ConversationUpdate(string serviceUrl, string locale = "en-US") => Base("conversationUpdate", serviceUrl, locale, null, new JsonObject
    {
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UserId, ["aadObjectId"] = BotHostFactory.UserObjectId }, new JsonObject { ["id"] = BotId }),
    });

    public static JsonObject InstallationUpdate(string serviceUrl, string locale = "en-US") => Base("installationUpdate", serviceUrl, locale, null, new JsonObject
    {
        ["action"] = "add",
    });

    public static JsonObject CardAction(string serviceUrl, string verb, JsonObject? data = null, string locale = "en-US") => Base("invoke", serviceUrl, locale, null, new JsonObject
    {
        ["name"] = "adaptiveCard/action",
        ["replyToId"] = "act-1",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? new JsonObject { ["verb"] = verb } },
            ["trigger"] = "manual",
        },
    });

    public static JsonObject Base(string type, string serviceUrl, string locale, string? id, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id ?? Guid.NewGuid().ToString(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["localTimezone"] = "America/Sao_Paulo",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Alex Wilber", ["aadObjectId"] = BotHostFactory.UserObjectId },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = BotHostFactory.TenantId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CoopAssistant" },
            ["locale"] = locale,
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["timezone"] = "America/Sao_Paulo" }),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotHostFactory.TenantId } },
        };
        foreach (var (key, value) in extra.ToList())
        {
            extra.Remove(key);
            activity[key] = value;
        }

        return activity;
    }
}
