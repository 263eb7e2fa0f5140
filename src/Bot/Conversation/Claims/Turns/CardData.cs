using System.Globalization;
using System.Text.Json;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>Reads submitted card data: inputs arrive as strings (sometimes as numbers or booleans from other clients).</summary>
public static class CardData
{
    public static string? Text(JsonElement? data, string key)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d || !d.TryGetProperty(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    public static bool Has(JsonElement? data, string key) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(key, out _);

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
