using System.Globalization;
using System.Text.Json;
using CoopAssistant.Protocol.Adapter;

namespace CoopAssistant.Bot.Conversation.Commands;

/// <summary>What a command runs with: the turn, the typed argument after the command words, the card data.</summary>
public sealed record CommandContext(TurnContext Turn, string? Argument, JsonElement? Data, bool FromCardAction)
{
    public CultureInfo Culture => Turn.Culture;

    public CancellationToken CancellationToken => Turn.CancellationToken;
}
