using System.Net;

namespace CoopAssistant.Bot.Protocol.Connector;

/// <summary>Waits for the conversation's permit before each Connector call (every retry included).</summary>
public sealed class ConversationRateLimitHandler(ConversationRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = request.Options.TryGetValue(ConnectorClient.ConversationKey, out var conversation) ? conversation : string.Empty;
        using var lease = await limiter.AcquireAsync(key, cancellationToken);
        if (!lease.IsAcquired)
        {
            // Only when one conversation's queue overflows: answer as the channel would, so the caller backs off.
            return new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request };
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
