namespace CoopAssistant.TestKit.Channel;

/// <summary>A scripted failure the fake channel answers the next send with.</summary>
public sealed record ChannelFault(int Status, string? ErrorCode = null, TimeSpan? RetryAfter = null)
{
    public static ChannelFault TooManyRequests(TimeSpan retryAfter) => new(429, "TooManyRequests", retryAfter);

    public static ChannelFault Blocked() => new(403, "MessageWritesBlocked");

    public static ChannelFault ServerError(int status = 500) => new(status, "ServiceError");
}
