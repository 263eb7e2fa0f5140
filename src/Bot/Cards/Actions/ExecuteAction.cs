using System.Text.Json.Nodes;

namespace CoopAssistant.Bot.Cards;

/// <summary>
/// Universal Action: the client sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/> and
/// <see cref="Data"/> merged with the card's inputs; the bot answers with the updated card.
/// Build it with <see cref="CardActions.Execute"/> so it carries an <c>Action.Submit</c> fallback.
/// </summary>
public sealed record ExecuteAction(string Verb) : CardAction
{
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
