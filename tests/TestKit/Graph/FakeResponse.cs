using System.Text.Json.Nodes;

namespace CoopAssistant.TestKit.Graph;

internal sealed record FakeResponse(int Status, JsonNode? Json = null, IReadOnlyDictionary<string, string>? Headers = null, byte[]? Bytes = null, string? ContentType = null, bool Chunked = false)
{
    public static FakeResponse Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, headers);
}
