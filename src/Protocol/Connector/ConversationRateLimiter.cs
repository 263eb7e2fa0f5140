using System.Threading.RateLimiting;
using CoopAssistant.Protocol.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Protocol.Connector;

/// <summary>
/// Teams' limits for one bot in one thread (7/1 s, 8/2 s, 60/30 s, 1800/h), one partition per
/// conversation, shared by every Connector call of this process. Waiting calls queue in order.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly LazyWindowLimiter _limiter;

    public ConversationRateLimiter(IOptions<ConnectorRateLimitOptions> options)
        : this(options, TimeProvider.System)
    {
    }

    internal ConversationRateLimiter(IOptions<ConnectorRateLimitOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        // A permit must stay held for one whole window. A segment frees at its boundary, so the window is widened by one
        // segment plus a margin for network jitter. Segments move on when the conversation is used (no timer per conversation).
        _limiter = new LazyWindowLimiter(
            options.Value.Windows.Select(w => (w.Permits, w.Duration + (w.Duration / w.Segments) + w.Margin, w.Segments + 1)),
            queueLimit: 100_000,
            time);
    }

    /// <summary>Conversations currently holding permits.</summary>
    internal int Conversations => _limiter.Count;

    public ValueTask<RateLimitLease> AcquireAsync(string conversation, CancellationToken cancellationToken) =>
        _limiter.AcquireAsync(conversation, cancellationToken);

    /// <summary>A permit if one is free now, else a lease that is not acquired (no queueing).</summary>
    public RateLimitLease AttemptAcquire(string conversation) => _limiter.AttemptAcquire(conversation);

    public void Dispose() => _limiter.Dispose();
}
