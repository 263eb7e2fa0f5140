using System.Net;
using Polly;

namespace CoopAssistant.Protocol.Connector;

/// <summary>
/// Which Connector outcomes are retried: exactly those Teams' retry guidance lists — 412, 429, 502, 503, 504 — and transport
/// failures; never a best-effort send. A 500 (<c>ServiceError</c>) is not retried: the guidance says not to, and that the bot
/// "must avoid retrying status codes that aren't specified"
/// (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/build-conversational-capability#status-codes-retry-guidance).
/// </summary>
public static class ConnectorRetry
{
    public static bool ShouldRetry(HttpRequestMessage? request, Outcome<HttpResponseMessage> outcome) =>
        ShouldRetry(outcome) && !ConnectorClient.IsBestEffort(request);

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: TimeoutException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests
            or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout,
        _ => false,
    };
}
