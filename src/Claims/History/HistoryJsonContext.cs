using System.Text.Json.Serialization;

namespace CoopAssistant.Claims.History;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<HistoryChange>))]
internal sealed partial class HistoryJsonContext : JsonSerializerContext;
