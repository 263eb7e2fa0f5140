using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Protocol.Connector;

/// <summary>
/// Teams' limits for one bot in one thread (7/1 s, 8/2 s, 60/30 s, 1800/h), one partition per
/// conversation, shared by every Connector call of this process. Waiting calls queue in order.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationRateLimiter(IOptions<ConnectorRateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limiter = PartitionedRateLimiter.CreateChained(options.Value.Windows.Select(Create).ToArray());
    }

    public ValueTask<RateLimitLease> AcquireAsync(string conversation, CancellationToken cancellationToken) =>
        _limiter.AcquireAsync(conversation, 1, cancellationToken);

    /// <summary>A permit if one is free now, else a lease that is not acquired (no queueing).</summary>
    public RateLimitLease AttemptAcquire(string conversation) => _limiter.AttemptAcquire(conversation, 1);

    public void Dispose() => _limiter.Dispose();

    private static PartitionedRateLimiter<string> Create(ConnectorRateLimitOptions.Window window)
    {
        var limits = new SlidingWindowRateLimiterOptions
        {
            PermitLimit = window.Permits,
            // A permit must stay held for one whole window. The limiter frees a segment at a tick, so the
            // window is widened by one segment plus a margin for timer and network jitter.
            Window = window.Duration + (window.Duration / window.Segments) + window.Margin,
            SegmentsPerWindow = window.Segments + 1,
            QueueLimit = 100_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            // The partitioned limiter replenishes every partition from one timer; a timer per conversation would not scale.
            AutoReplenishment = false,
        };

        // One options object and one factory per window, not closures per call: this runs for every Connector request.
        Func<string, RateLimiter> limiter = _ => new SlidingWindowRateLimiter(limits);
        return PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.Get(key, limiter));
    }
}
