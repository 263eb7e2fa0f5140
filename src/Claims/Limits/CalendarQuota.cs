using System.Threading.RateLimiting;

namespace CoopAssistant.Claims.Limits;

/// <summary>
/// Permits per user and per tenant in calendar windows of the <see cref="TimeProvider"/> (a UTC day, a UTC hour). The counting is
/// System.Threading.RateLimiting's: a <see cref="PartitionedRateLimiter"/> of fixed windows per user chained with one per tenant,
/// partitioned by the window's number, so a new window is a fresh partition whatever the limiters' own clocks say; a used
/// partition is dropped by the partitioned limiter once idle. A request the user's window admits but the tenant's refuses still
/// spends the user's permits (the chained limiter cannot give fixed-window permits back).
/// </summary>
internal sealed class CalendarQuota : IDisposable
{
    private readonly PartitionedRateLimiter<QuotaKey> _limiter;
    private readonly PartitionedRateLimiter<QuotaKey> _users;
    private readonly PartitionedRateLimiter<QuotaKey> _tenants;
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly UsageLimit _kind;
    private readonly int _perUser;
    private readonly int _perTenant;
    private readonly long _unit;

    /// <param name="unit">What one permit stands for (1 claim; 1,024 bytes).</param>
    public CalendarQuota(UsageLimit kind, int perUser, int perTenant, long unit, TimeSpan window, TimeProvider time)
    {
        _kind = kind;
        _perUser = perUser;
        _perTenant = perTenant;
        _unit = unit;
        _window = window;
        _time = time;
        _users = PartitionedRateLimiter.Create<QuotaKey, string>(k => RateLimitPartition.GetFixedWindowLimiter(
            $"{k.Window}/{k.Tenant}/{k.User}", _ => Options(perUser)));
        _tenants = PartitionedRateLimiter.Create<QuotaKey, string>(k => RateLimitPartition.GetFixedWindowLimiter(
            $"{k.Window}/{k.Tenant}", _ => Options(perTenant)));
        _limiter = PartitionedRateLimiter.CreateChained(_users, _tenants);
    }

    /// <summary>Takes <paramref name="permits"/> from the user's and the tenant's current window; null when both had them.</summary>
    public UsageRefusal? TryTake(string tenant, string user, int permits)
    {
        var now = _time.GetUtcNow();
        var window = now.UtcTicks / _window.Ticks;
        var resetsAt = new DateTimeOffset((window + 1) * _window.Ticks, TimeSpan.Zero);
        if (permits > _perUser || permits > _perTenant)
        {
            return Refusal(permits > _perTenant && _perTenant < _perUser, resetsAt, now);
        }

        var key = new QuotaKey(window, tenant, user);
        using (var lease = _limiter.AttemptAcquire(key, permits))
        {
            if (lease.IsAcquired)
            {
                return null;
            }
        }

        // Which one refused: the tenant's, when its window has fewer permits left than asked for.
        var tenantLeft = _tenants.GetStatistics(key)?.CurrentAvailablePermits ?? _perTenant;
        return Refusal(tenantLeft < permits, resetsAt, now);
    }

    private UsageRefusal Refusal(bool perTenant, DateTimeOffset resetsAt, DateTimeOffset now) =>
        new(_kind, perTenant, (perTenant ? _perTenant : _perUser) * _unit, resetsAt, resetsAt - now);

    private FixedWindowRateLimiterOptions Options(int permits) => new()
    {
        PermitLimit = permits,
        Window = _window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public void Dispose()
    {
        _limiter.Dispose();
        _users.Dispose();
        _tenants.Dispose();
    }

    private readonly record struct QuotaKey(long Window, string Tenant, string User);
}
