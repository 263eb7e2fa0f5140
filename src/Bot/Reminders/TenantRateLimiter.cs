using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Reminders;

/// <summary>Paces proactive sends per tenant (Teams: 50 RPS per app per tenant; <c>Reminders:TenantRequestsPerSecond</c>).</summary>
public sealed class TenantRateLimiter(IOptions<ReminderSenderOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _limiters = new(StringComparer.OrdinalIgnoreCase);

    public async Task WaitAsync(string tenantId, CancellationToken cancellationToken)
    {
        var perSecond = options.Value.TenantRequestsPerSecond;
        if (perSecond <= 0)
        {
            return;
        }

        var limiter = _limiters.GetOrAdd(tenantId, _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            // One token at a time, evenly spaced: no bursts that network jitter could squeeze into one second at Teams.
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / perSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
