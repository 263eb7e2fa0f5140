using System.Globalization;
using System.Text.Json;
using CoopAssistant.Bot.Cards;

namespace CoopAssistant.Bot.Conversation.Claims.Common;

/// <summary>The claim id and version a card action carries (<see cref="CardDataKeys.ClaimId"/>, <see cref="CardDataKeys.ClaimVersion"/>).</summary>
public sealed record ClaimReference(Guid ClaimId, long? Version)
{
    public static ClaimReference? FromData(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d
            || !Guid.TryParse(CardData.Text(d, CardDataKeys.ClaimId), out var id))
        {
            return null;
        }

        long? version = null;
        if (d.TryGetProperty(CardDataKeys.ClaimVersion, out var v))
        {
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n))
            {
                version = n;
            }
            else if (v.ValueKind == JsonValueKind.String && long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n))
            {
                version = n;
            }
        }

        return new ClaimReference(id, version);
    }
}
