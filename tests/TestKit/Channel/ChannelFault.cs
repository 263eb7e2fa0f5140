using System.Text.Json.Nodes;

namespace CoopAssistant.TestKit.Channel;

/// <summary>
/// A scripted failure the fake channel answers the next send with, in the body Teams documents for it:
/// <c>{"error":{"code","message"}}</c> for the conversational API's errors
/// (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/build-conversational-capability#status-codes-from-bot-conversational-apis),
/// no body for 503/504 (the table gives them no code), and for a user who blocked or removed the bot the 403 whose
/// <c>message</c> is itself JSON carrying <c>subCode: MessageWritesBlocked</c>
/// (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages#create-a-report-of-users-who-blocked-bot).
/// </summary>
public sealed record ChannelFault(int Status, string? ErrorCode = null, TimeSpan? RetryAfter = null)
{
    /// <summary>The documented 403 body of a write to a conversation whose user blocked or uninstalled the bot.</summary>
    public const string MessageWritesBlockedBody =
        "{\"errorCode\":209,\"message\":\"{\\r\\n  \\\"subCode\\\": \\\"MessageWritesBlocked\\\",\\r\\n  \\\"details\\\": \\\"Thread is blocked from message writes.\\\",\\r\\n  \\\"errorCode\\\": null,\\r\\n  \\\"errorSubCode\\\": null\\r\\n}\"}";

    /// <summary>A raw body sent instead of the <c>{"error":{…}}</c> one (the blocked-bot 403 has its own shape).</summary>
    public string? RawBody { get; init; }

    public static ChannelFault TooManyRequests(TimeSpan retryAfter) => new(429, "Throttled", retryAfter);

    /// <summary>403 as Teams sends it when the user blocked or uninstalled the bot (<c>errorCode 209</c>, <c>subCode MessageWritesBlocked</c>).</summary>
    public static ChannelFault Blocked() => new(403) { RawBody = MessageWritesBlockedBody };

    /// <summary>403 <c>ConversationBlockedByUser</c>: the user blocked the bot through moderation settings.</summary>
    public static ChannelFault ConversationBlockedByUser() => new(403, "ConversationBlockedByUser");

    /// <summary>500 and 502 carry <c>ServiceError</c>; 503 and 504 no body.</summary>
    public static ChannelFault ServerError(int status = 500) => new(status, status is 500 or 502 ? "ServiceError" : null);

    /// <summary>The response body the fake writes (null: none).</summary>
    public string? Body() => RawBody ?? (ErrorCode is null
        ? null
        : new JsonObject { ["error"] = new JsonObject { ["code"] = ErrorCode, ["message"] = MessageOf(ErrorCode) } }.ToJsonString());

    private static string MessageOf(string code) => code switch
    {
        "Throttled" => "Too many requests.",
        "ConversationBlockedByUser" => "User blocked the conversation with the bot.",
        "ServiceError" => "Internal server error.",
        "NotFound" => "The requested resource was not found.",
        "Forbidden" => "The bot is not permitted to perform the requested operation.",
        "PreconditionFailed" => "Precondition failed, please try again.",
        _ => "Scripted fault.",
    };
}
