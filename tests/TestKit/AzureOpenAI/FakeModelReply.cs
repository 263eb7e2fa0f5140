using System.Net;

namespace CoopAssistant.TestKit.AzureOpenAI;

/// <summary>What the fake's scripted "model" answers to one chat completions request.</summary>
public sealed record FakeModelReply
{
    /// <summary>The assistant message's content (a 200 answer).</summary>
    public string? Content { get; init; }

    /// <summary>An error status instead of an answer (429, 500…).</summary>
    public HttpStatusCode? Status { get; init; }

    /// <summary>Seconds in the <c>Retry-After</c> header of a 429.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>How long the "model" takes before answering (bounded by the request's own cancellation).</summary>
    public TimeSpan Delay { get; init; }

    public static FakeModelReply Say(string content) => new() { Content = content };

    public static FakeModelReply Throttled(int retryAfterSeconds = 1) => new() { Status = HttpStatusCode.TooManyRequests, RetryAfterSeconds = retryAfterSeconds };

    public static FakeModelReply Fails() => new() { Status = HttpStatusCode.InternalServerError };

    public static FakeModelReply Slow(TimeSpan delay, string content) => new() { Content = content, Delay = delay };
}
