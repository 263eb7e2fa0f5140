using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoopAssistant.Bot.Cards;

/// <summary>The serializer settings for cards: source-generated, camelCase, nulls omitted, non-ASCII kept as is.</summary>
public static class CardJson
{
    // Cards travel inside JSON bodies, never inside HTML: keep "ç" as one character instead of "\u00E7".
    private static readonly CardJsonContext SharedContext = new(new JsonSerializerOptions(CardJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    internal static CardJsonContext Context => SharedContext;

    /// <summary>Options bound to the card context, for callers that serialise cards inside larger payloads.</summary>
    public static JsonSerializerOptions Options => SharedContext.Options;
}
