using System.Net;
using Polly;

namespace CoopAssistant.Protocol.Connector;

/// <summary>Which Connector outcomes are retried: 429, 412, 500, 502, 503, 504 and transport failures (never a best-effort send).</summary>
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
            or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout,
        _ => false,
    };
}
