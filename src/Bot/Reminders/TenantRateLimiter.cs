using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using CoopAssistant.Bot.ScaleOut;
using CoopAssistant.Claims.Storage;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Reminders;

/// <summary>Paces proactive sends per tenant (Teams: 50 RPS per app per tenant; <c>Reminders:TenantRequestsPerSecond</c>).
/// With shared state on PostgreSQL the budget is the whole cluster's: every host books its slot in one evenly spaced
/// schedule per tenant (<see cref="PostgresTenantSendPacer"/>); otherwise a token bucket in this process.</summary>
public sealed class TenantRateLimiter(
    IOptions<ReminderSenderOptions> options,
    IOptions<ScaleOutOptions> scaleOut,
    ClaimsDatabase database,
    PostgresTenantSendPacer pacer,
    TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _limiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _shared = database.Provider == StorageProvider.PostgreSQL && scaleOut.Value.UsesDatabase(database.Provider);

    public async Task WaitAsync(string tenantId, CancellationToken cancellationToken)
    {
        var perSecond = options.Value.TenantRequestsPerSecond;
        if (perSecond <= 0)
        {
            return;
        }

        if (_shared)
        {
            var wait = await pacer.ReserveAsync(tenantId.ToUpperInvariant(), TimeSpan.FromSeconds(1.0 / perSecond), cancellationToken);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

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
