using System.Text.Json.Nodes;

namespace CoopAssistant.TestKit.Channel;

/// <summary>One call the fake channel accepted: what the bot sent, where, with which token, when.</summary>
public sealed record ReceivedActivity(
    string Method,
    string ConversationId,
    string? ReplyToId,
    string? ActivityId,
    JsonObject Activity,
    string? Authorization,
    DateTimeOffset ReceivedAt)
{
    public string? Type => Activity["type"]?.GetValue<string>();

    public string? Text => Activity["text"]?.GetValue<string>();

    /// <summary>The Adaptive Cards attached, in order.</summary>
    public IEnumerable<JsonObject> Cards =>
        (Activity["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(a => a["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
            .Select(a => a["content"]).OfType<JsonObject>();
}
