using System.Text.Json;

namespace CoopAssistant.Protocol.Schema;

/// <summary>What an invoke activity is answered with: the HTTP status and body of the response.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null)
{
    public static InvokeResponse Ok(JsonElement? body = null) => new(200, body);
}
