using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace CoopAssistant.Protocol.RateLimiting;

/// <summary>
/// Sliding windows (a fixed window is one segment) per key, moved on only when a key is used: a key's segments are
/// advanced by the time elapsed since its last use, so an idle key costs nothing until it is used again. The windows of a
/// key are checked and counted together (a refusal spends no permit in any window). Waiters queue oldest first; a timer
/// exists only for a key that has waiters. Keys whose windows are all empty are dropped by a sweep once a minute.
/// Same counting as <see cref="SlidingWindowRateLimiter"/> (a permit is held until its segment comes round again), without
/// the per-partition replenishment that <see cref="PartitionedRateLimiter"/> runs every 100 ms.
/// </summary>
public sealed class LazyWindowLimiter : IDisposable
{
    private static readonly TimeSpan SweepPeriod = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, LazyWindowPartition> _partitions = new(StringComparer.Ordinal);
    private readonly LazyWindowShape[] _windows;
    private readonly int _queueLimit;
    private readonly TimeProvider _time;
    private readonly ITimer _sweep;

    /// <param name="windows">Permits, whole window and segments per window, for each window a key must fit in.</param>
    /// <param name="queueLimit">Waiters allowed per key (0: never queue).</param>
    public LazyWindowLimiter(IEnumerable<(int Permits, TimeSpan Window, int Segments)> windows, int queueLimit, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(time);
        _windows = windows.Select(w => new LazyWindowShape(w.Permits, w.Window, w.Segments, time)).ToArray();
        _queueLimit = queueLimit;
        _time = time;
        _sweep = time.CreateTimer(_ => Sweep(), null, SweepPeriod, SweepPeriod);
    }

    /// <summary>Keys currently held (for tests and diagnostics).</summary>
    public int Count => _partitions.Count;

    /// <summary>A permit if one is free now, else a lease that is not acquired carrying the Retry-After; never queues.</summary>
    public RateLimitLease AttemptAcquire(string key)
    {
        while (true)
        {
            var lease = Partition(key).TryAcquireNow();
            if (lease is not null)
            {
                return lease;
            }
        }
    }

    /// <summary>A permit now, or once one frees up (oldest waiter first); not acquired when the key's queue is full.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        while (true)
        {
            var lease = Partition(key).AcquireOrQueue(_queueLimit, cancellationToken);
            if (lease is not null)
            {
                return new ValueTask<RateLimitLease>(lease);
            }
        }
    }

    private LazyWindowPartition Partition(string key) =>
        _partitions.TryGetValue(key, out var partition) ? partition : _partitions.GetOrAdd(key, _ => new LazyWindowPartition(_windows, _time));

    private void Sweep()
    {
        foreach (var (key, partition) in _partitions)
        {
            if (partition.TryRetireIfIdle())
            {
                _partitions.TryRemove(new KeyValuePair<string, LazyWindowPartition>(key, partition));
            }
        }
    }

    public void Dispose()
    {
        _sweep.Dispose();
        foreach (var partition in _partitions.Values)
        {
            partition.Dispose();
        }
    }
}
