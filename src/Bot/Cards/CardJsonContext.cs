using System.Text.Json.Serialization;

namespace CoopAssistant.Bot.Cards;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(CardInvokeBody))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
