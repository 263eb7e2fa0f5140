using System.Net;
using System.Text.Json;

namespace CoopAssistant.Protocol.Connector;

/// <summary>A Connector call that failed after retries, with the channel's error code (e.g. <c>MessageWritesBlocked</c>).</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>
    /// 403 codes after which Teams says to stop posting until the user (or the installation) comes back: the blocked-bot
    /// sub-code and the conversational API's 403 codes
    /// (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/build-conversational-capability#status-codes-from-bot-conversational-apis).
    /// </summary>
    private static readonly string[] StopPostingCodes =
        ["MessageWritesBlocked", "ConversationBlockedByUser", "BotDisabledByAdmin", "BotNotInConversationRoster", "ForbiddenOperationException"];

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

    /// <summary>True when the user blocked or removed the bot (or an administrator disabled it): do not try again.</summary>
    public bool IsBlocked => StatusCode == HttpStatusCode.Forbidden
        && ErrorCode is { } code && StopPostingCodes.Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The error code of a Connector error body, in either shape Teams sends: <c>{"error":{"code":"…"}}</c> (the Bot Framework
    /// error response), or the blocked-bot 403 <c>{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",…}"}</c>, whose
    /// <c>message</c> is JSON in a string; its <c>subCode</c> is the code
    /// (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages#create-a-report-of-users-who-blocked-bot).
    /// </summary>
    internal static string? ReadErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
            {
                return code.GetString();
            }

            if (root.TryGetProperty("message", out var message) && SubCodeOf(message) is { } subCode)
            {
                return subCode;
            }

            return root.TryGetProperty("errorCode", out var number) && number.ValueKind == JsonValueKind.Number
                ? number.GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The <c>subCode</c> of the blocked-bot body's <c>message</c>: JSON text in a string (as documented), or an object.</summary>
    private static string? SubCodeOf(JsonElement message)
    {
        if (message.ValueKind == JsonValueKind.Object)
        {
            return message.TryGetProperty("subCode", out var direct) && direct.ValueKind == JsonValueKind.String ? direct.GetString() : null;
        }

        if (message.ValueKind != JsonValueKind.String || message.GetString() is not { Length: > 1 } text || text.TrimStart()[0] != '{')
        {
            return null;
        }

        using var inner = JsonDocument.Parse(text);
        return inner.RootElement.ValueKind == JsonValueKind.Object
            && inner.RootElement.TryGetProperty("subCode", out var subCode) && subCode.ValueKind == JsonValueKind.String
            ? subCode.GetString()
            : null;
    }
}
