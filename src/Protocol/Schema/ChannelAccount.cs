using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopAssistant.Protocol.Schema;

/// <summary>A user or bot on a channel (<c>29:…</c> users and <c>28:…</c> bots in Teams).</summary>
public sealed class ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Properties { get; set; }
}
