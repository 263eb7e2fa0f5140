using System.Text.Json.Nodes;

namespace CoopAssistant.Bot.Cards;

/// <summary>Sends <see cref="Data"/> merged with the card's inputs as the <c>value</c> of a message activity.</summary>
public sealed record SubmitAction : CardAction
{
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
