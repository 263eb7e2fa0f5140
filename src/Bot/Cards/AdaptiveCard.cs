using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CoopAssistant.Bot.Cards;

/// <summary>An Adaptive Card, schema version 1.5 (the highest Teams renders).</summary>
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public const string SchemaVersion = "1.5";

    /// <summary>Teams' payload limit for a message, in bytes of UTF-8 JSON.</summary>
    public const int MaxPayloadBytes = 28 * 1024;

    [JsonPropertyOrder(-2)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    public string? Schema { get; init; } = SchemaUrl;

    /// <summary>Required on a top-level card, omitted on a card nested in <see cref="ShowCardAction"/>.</summary>
    public string? Version { get; init; } = SchemaVersion;

    public IReadOnlyList<CardElement>? Body { get; init; }

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Universal Actions refresh: Teams runs the action automatically for the listed users (at most 60).</summary>
    public CardRefresh? Refresh { get; init; }

    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    /// <summary>Two-letter ISO 639-1 language of the card; the bot's cards leave it unset (see <see cref="CardScaffold.Card"/>).</summary>
    public string? Lang { get; init; }

    /// <summary>Teams host extension (<c>msteams</c>); full width by default.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardOptions? MsTeams { get; init; } = TeamsCardOptions.FullWidth;

    /// <summary>A card for <see cref="ShowCardAction"/>: no <c>$schema</c>, version or host extension.</summary>
    public static AdaptiveCard Nested(IReadOnlyList<CardElement> body, IReadOnlyList<CardAction>? actions = null) =>
        new() { Schema = null, Version = null, MsTeams = null, Body = body, Actions = actions };

    public JsonObject ToJsonObject() => JsonSerializer.SerializeToNode(this, CardJson.Context.AdaptiveCard)!.AsObject();

    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, CardJson.Context.AdaptiveCard);

    public string ToJson() => JsonSerializer.Serialize(this, CardJson.Context.AdaptiveCard);

    public byte[] ToUtf8Bytes() => JsonSerializer.SerializeToUtf8Bytes(this, CardJson.Context.AdaptiveCard);

    /// <summary>The card as a message attachment: <c>{contentType: "application/vnd.microsoft.card.adaptive", content}</c>.</summary>
    public CardAttachment ToAttachment() => new(ContentType, ToJsonElement());

    public static AdaptiveCard Parse(string json) =>
        JsonSerializer.Deserialize(json, CardJson.Context.AdaptiveCard) ?? throw new JsonException("The JSON is null, not an Adaptive Card.");
}
