using System.Globalization;
using System.Text.Json;
using CoopAssistant.Bot.Cards;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>The claim id and version a card action carries (<see cref="CardDataKeys.ClaimId"/>, <see cref="CardDataKeys.ClaimVersion"/>).
/// A tampered value never falls back to "no claim named" (which would pick the user's only open claim) or "no version"
/// (which would act on the current claim): an unreadable id names no claim, an unreadable version matches none.</summary>
public sealed record ClaimReference(Guid ClaimId, long? Version)
{
    /// <summary>The version of a card whose <c>claimVersion</c> cannot be read: no claim has it, so the card is stale.</summary>
    public const long UnreadableVersion = -1;

    public static ClaimReference? FromData(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d || !d.TryGetProperty(CardDataKeys.ClaimId, out var idElement))
        {
            return null;
        }

        if (idElement.ValueKind != JsonValueKind.String || !Guid.TryParse(idElement.GetString(), out var id))
        {
            return new ClaimReference(Guid.Empty, UnreadableVersion);
        }

        long? version = null;
        if (d.TryGetProperty(CardDataKeys.ClaimVersion, out var v) && v.ValueKind != JsonValueKind.Null)
        {
            version = v.ValueKind switch
            {
                JsonValueKind.Number when v.TryGetInt64(out var n) && n > 0 => n,
                JsonValueKind.String when long.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => n,
                _ => UnreadableVersion,
            };
        }

        return new ClaimReference(id, version);
    }
}
