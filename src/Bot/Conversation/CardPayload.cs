using System.Text.Json;

namespace CoopAssistant.Bot.Conversation;

/// <summary>
/// Bounds on what a card button sends back (<c>Action.Execute</c> data, <c>Action.Submit</c> value). The bot's cards send flat
/// objects of short inputs (the longest input takes 2,000 characters), and several commands show the inputs again in the card
/// they answer with: data beyond these bounds did not come from our cards, and echoing it would make a reply the channel
/// refuses. It is answered "this button sent something I cannot read" (400 for a Universal Action) before any command runs.
/// </summary>
public static class CardPayload
{
    /// <summary>Largest data accepted, as JSON text.</summary>
    public const int MaxCharacters = 8 * 1024;

    /// <summary>Deepest nesting accepted (the bot's own data is one flat object).</summary>
    public const int MaxDepth = 3;

    public static bool IsAcceptable(JsonElement data) => data.GetRawText().Length <= MaxCharacters && Depth(data, 0) <= MaxDepth;

    private static int Depth(JsonElement element, int depth)
    {
        if (depth > MaxDepth)
        {
            return depth;
        }

        return element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => Depth(p.Value, depth + 1)).DefaultIfEmpty(depth + 1).Max(),
            JsonValueKind.Array => element.EnumerateArray().Select(e => Depth(e, depth + 1)).DefaultIfEmpty(depth + 1).Max(),
            _ => depth,
        };
    }
}
