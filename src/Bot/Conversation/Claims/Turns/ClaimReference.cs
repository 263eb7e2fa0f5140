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

    /// <summary>The claim a card action names, when its <see cref="CardDataKeys.ClaimId"/> is a GUID string; null when it is missing
    /// or of any other type (a forged payload is refused, never thrown on). For buttons that need the claim only (reminders).</summary>
    public static Guid? ClaimIdFrom(JsonElement? data) => FromData(data) is { ClaimId: var id } && id != Guid.Empty ? id : null;

    /// <summary>The id and version a card action carries: null when it names no claim; an id that is not a GUID string gives
    /// <see cref="Guid.Empty"/>, a version that is not a positive whole number (or its string) <see cref="UnreadableVersion"/>.</summary>
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
