using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation;

/// <summary>Cards as activities and as Universal Action invoke responses.</summary>
public static class CardMessages
{
    public const string CardResponseType = "application/vnd.microsoft.card.adaptive";
    public const string MessageResponseType = "application/vnd.microsoft.activity.message";
    public const string ErrorResponseType = "application/vnd.microsoft.error";

    /// <summary>
    /// Serialised forms of cards built once and reused on every turn (help, welcome), keyed by the card instance: weak,
    /// so a dropped card takes its entry with it; cards built per turn are never added.
    /// </summary>
    private static readonly ConditionalWeakTable<AdaptiveCard, CardAttachment> Reused = new();

    /// <summary>
    /// Marks a card that will be sent unchanged many times: it is serialised once, here, instead of on every
    /// <see cref="ToActivity"/>. The card must not be changed afterwards (cards are immutable records; keep it so).
    /// </summary>
    public static AdaptiveCard Reusable(this AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        Reused.AddOrUpdate(card, card.ToAttachment());
        return card;
    }

    public static Activity ToActivity(this AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var attachment = Reused.TryGetValue(card, out var serialised) ? serialised : card.ToAttachment();
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = card.FallbackText,
            Attachments = [new Attachment { ContentType = attachment.ContentType, Content = attachment.Content }],
        };
    }

    /// <summary>The <c>adaptiveCard/action</c> answer that replaces the clicked card (the card serialised once, in its envelope).</summary>
    public static InvokeResponse ToInvokeResponse(this AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new InvokeResponse(200, JsonSerializer.SerializeToElement(new CardInvokeBody(200, CardResponseType, card), CardJson.Context.CardInvokeBody));
    }

    /// <summary>A Universal Action error (<c>application/vnd.microsoft.error</c>) with a status and message.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message)
    {
        var body = new JsonObject
        {
            ["statusCode"] = statusCode,
            ["type"] = ErrorResponseType,
            ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
        };
        return new InvokeResponse(200, JsonSerializer.SerializeToElement(body, CardMessagesJsonContext.Default.JsonObject));
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(JsonObject))]
internal sealed partial class CardMessagesJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
