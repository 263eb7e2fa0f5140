using System.Text.Json;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation;

/// <summary>
/// Universal Actions: <c>invoke</c> <c>adaptiveCard/action</c> with <c>value.action {type: Action.Execute, verb, data}</c>,
/// answered in the HTTP response with the card that replaces the clicked one. A malformed payload (no verb, an unknown one, data
/// beyond <see cref="CardPayload"/>'s bounds) is answered with a Universal Action error (statusCode 400 and a reason) before
/// anything is stored.
/// </summary>
public sealed class CardActionInvokeHandler(CommandDispatcher commands, ConversationReferenceTracker references) : IActivityHandler
{
    public const string Name = InvokeNames.AdaptiveCardAction;

    public string ActivityType => ActivityTypes.Invoke;

    public string? InvokeName => Name;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action)
            || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verbElement)
            || verbElement.ValueKind != JsonValueKind.String)
        {
            return CardMessages.Error(400, "BadRequest", BotText.For(turn.Culture)[nameof(Strings.ActionMalformed)]);
        }

        var command = commands.FindByVerb(verbElement.GetString());
        if (command is null)
        {
            return CardMessages.Error(400, "UnknownVerb", BotText.For(turn.Culture)[nameof(Strings.ActionUnknown)]);
        }

        JsonElement? data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : null;
        if (data is { } payload && !CardPayload.IsAcceptable(payload))
        {
            return CardMessages.Error(400, "BadRequest", BotText.For(turn.Culture)[nameof(Strings.ActionMalformed)]);
        }

        await references.TrackAsync(turn);
        var card = await commands.ExecuteCardActionAsync(command, new CommandContext(turn, null, data, FromCardAction: true));
        return card.ToInvokeResponse();
    }
}
