using System.Text.Json.Serialization;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>The Bot Framework's error shape: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorBody([property: JsonPropertyName("error")] ErrorDetail Error);

public sealed record ErrorDetail([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("message")] string Message);

[JsonSerializable(typeof(ErrorBody))]
internal sealed partial class ErrorJsonContext : JsonSerializerContext;
