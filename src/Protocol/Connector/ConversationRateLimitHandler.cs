using System.Net;

namespace CoopAssistant.Protocol.Connector;

/// <summary>Waits for the conversation's permit before each Connector call (every retry included).</summary>
public sealed class ConversationRateLimitHandler(ConversationRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = request.Options.TryGetValue(ConnectorClient.ConversationKey, out var conversation) ? conversation : string.Empty;
        // A best-effort send (typing) takes a permit only if one is free now: it never queues ahead of, or behind, real messages.
        using var lease = ConnectorClient.IsBestEffort(request)
            ? limiter.AttemptAcquire(key)
            : await limiter.AcquireAsync(key, cancellationToken);
        if (!lease.IsAcquired)
        {
            // Only when one conversation's queue overflows, or a best-effort send finds no free permit: answer as the channel would, so the caller backs off.
            return new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request };
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
