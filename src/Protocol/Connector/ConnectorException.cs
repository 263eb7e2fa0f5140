using System.Net;
using System.Text.Json;

namespace CoopAssistant.Protocol.Connector;

/// <summary>A Connector call that failed after retries, with the channel's error code (e.g. <c>MessageWritesBlocked</c>).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode statusCode, string? errorCode)
        : base($"The channel answered {(int)statusCode} {errorCode}".TrimEnd())
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public ConnectorException() : base("The channel refused the call.") { }

    public ConnectorException(string message) : base(message) { }

    public ConnectorException(string message, Exception innerException) : base(message, innerException) { }

    public HttpStatusCode StatusCode { get; }

    public string? ErrorCode { get; }

    /// <summary>True when the user blocked or removed the bot: do not try again.</summary>
    public bool IsBlocked => StatusCode == HttpStatusCode.Forbidden
        && string.Equals(ErrorCode, "MessageWritesBlocked", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <c>{"error":{"code":"…"}}</c> from a Connector error body.</summary>
    internal static string? ReadErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
