using System.Text.Json;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.TypedText;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation;

/// <summary>
/// Messages: an <c>Action.Submit</c> (a message with <c>value.verb</c>) or typed text. Typed text is a
/// command when it starts with a command phrase; anything else goes to the question answerer. Text longer than
/// <see cref="TypedTextLimit.MaxCharacters"/> reaches neither: it is answered "please ask in fewer words".
/// </summary>
public sealed class MessageActivityHandler(CommandDispatcher commands, IUnmatchedTextHandler unmatched, ConversationReferenceTracker references) : IActivityHandler
{
    public string ActivityType => ActivityTypes.Message;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await references.TrackAsync(turn);
        AdaptiveCard card;
        if (turn.Activity.Value is { ValueKind: JsonValueKind.Object } data)
        {
            var verb = data.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var command = commands.FindByVerb(verb);
            card = !CardPayload.IsAcceptable(data) ? MalformedActionCard.Create(turn.Culture)
                : command is null
                ? NotUnderstoodCard.Create(turn.Culture, verb ?? string.Empty)
                : await commands.ExecuteCardActionAsync(command, new CommandContext(turn, null, data, FromCardAction: true));
        }
        else if (TypedTextLimit.IsTooLong(turn.Activity.Text))
        {
            card = TooLongCard.Create(turn.Culture);
        }
        else if (commands.FindByText(turn.Activity.Text) is var (command, argument))
        {
            card = await command.ExecuteAsync(new CommandContext(turn, argument, null, FromCardAction: false));
        }
        else
        {
            card = await unmatched.HandleAsync(turn);
        }

        await turn.SendAsync(card.ToActivity());
        return null;
    }
}
