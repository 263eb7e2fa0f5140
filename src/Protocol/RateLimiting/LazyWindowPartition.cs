using System.Threading.RateLimiting;

namespace CoopAssistant.Protocol.RateLimiting;

/// <summary>One key's windows and waiters in a <see cref="LazyWindowLimiter"/>; every member runs under the partition's lock.</summary>
internal sealed class LazyWindowPartition : IDisposable
{
    private readonly Lock _lock = new();
    private readonly LazyWindow[] _windows;
    private readonly TimeProvider _time;
    private readonly Queue<Waiter> _waiters = new();
    private int _queued;
    private ITimer? _timer;
    private bool _retired;

    public LazyWindowPartition(LazyWindowShape[] shapes, TimeProvider time)
    {
        _time = time;
        var now = time.GetTimestamp();
        _windows = Array.ConvertAll(shapes, s => new LazyWindow(s, now));
    }

    /// <summary>The lease (acquired or refused), or null when the partition was swept: look the key up again.</summary>
    public RateLimitLease? TryAcquireNow()
    {
        lock (_lock)
        {
            if (_retired)
            {
                return null;
            }

            var now = _time.GetTimestamp();
            // Oldest first: a waiter is ahead of anyone who would take a permit now.
            return _queued == 0 && TryTake(now) ? LazyWindowLease.Acquired : LazyWindowLease.Refused(RetryAfter(now));
        }
    }

    /// <summary>The lease now, a task for a queued waiter, or null when the partition was swept: look the key up again.</summary>
    public Task<RateLimitLease>? AcquireOrQueue(int queueLimit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_retired)
            {
                return null;
            }

            var now = _time.GetTimestamp();
            if (_queued == 0 && TryTake(now))
            {
                return LazyWindowLease.AcquiredTask;
            }

            if (_queued >= queueLimit)
            {
                return Task.FromResult<RateLimitLease>(LazyWindowLease.Refused(RetryAfter(now)));
            }

            var waiter = new Waiter(this);
            _waiters.Enqueue(waiter);
            _queued++;
            if (cancellationToken.CanBeCanceled)
            {
                waiter.Registration = cancellationToken.UnsafeRegister(static (state, token) => ((Waiter)state!).Cancel(token), waiter);
            }

            ArmTimer(now);
            return waiter.Task;
        }
    }

    /// <summary>Marks the partition swept when all its windows are empty and nobody waits.</summary>
    public bool TryRetireIfIdle()
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            foreach (var window in _windows)
            {
                window.Advance(now);
                if (window.Total > 0)
                {
                    return false;
                }
            }

            _retired = _queued == 0;
            return _retired;
        }
    }

    private bool TryTake(long now)
    {
        foreach (var window in _windows)
        {
            window.Advance(now);
            if (window.Total >= window.Shape.Permits)
            {
                return false;
            }
        }

        foreach (var window in _windows)
        {
            window.Take();
        }

        return true;
    }

    /// <summary>Until the next segment boundary of a full window (a permit may free there).</summary>
    private TimeSpan RetryAfter(long now)
    {
        var wait = TimeSpan.Zero;
        foreach (var window in _windows)
        {
            window.Advance(now);
            if (window.Total >= window.Shape.Permits)
            {
                var next = window.UntilNextSegment(now);
                wait = next > wait ? next : wait;
            }
        }

        return wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1);
    }

    private void ArmTimer(long now)
    {
        var due = RetryAfter(now);
        if (_timer is null)
        {
            _timer = _time.CreateTimer(static state => ((LazyWindowPartition)state!).Release(), this, due, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private void Release()
    {
        var granted = new List<Waiter>();
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            while (_waiters.TryPeek(out var head))
            {
                if (head.IsDone)
                {
                    _waiters.Dequeue();
                    continue;
                }

                if (!TryTake(now))
                {
                    break;
                }

                _waiters.Dequeue();
                _queued--;
                head.IsDone = true;
                granted.Add(head);
            }

            if (_queued > 0)
            {
                ArmTimer(now);
            }
            else
            {
                _timer?.Dispose();
                _timer = null;
            }
        }

        foreach (var waiter in granted)
        {
            waiter.Registration.Dispose();
            waiter.TrySetResult(LazyWindowLease.Acquired);
        }
    }

    private void Cancelled(Waiter waiter, CancellationToken token)
    {
        lock (_lock)
        {
            if (waiter.IsDone)
            {
                return;
            }

            waiter.IsDone = true;
            _queued--;
        }

        waiter.TrySetCanceled(token);
    }

    public void Dispose()
    {
        List<Waiter> waiting;
        lock (_lock)
        {
            _retired = true;
            _timer?.Dispose();
            _timer = null;
            waiting = _waiters.Where(w => !w.IsDone).ToList();
            _waiters.Clear();
            _queued = 0;
            foreach (var waiter in waiting)
            {
                waiter.IsDone = true;
            }
        }

        foreach (var waiter in waiting)
        {
            waiter.Registration.Dispose();
            waiter.TrySetResult(LazyWindowLease.Refused(TimeSpan.Zero));
        }
    }

    private sealed class Waiter(LazyWindowPartition owner) : TaskCompletionSource<RateLimitLease>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public bool IsDone { get; set; }

        public CancellationTokenRegistration Registration { get; set; }

        public void Cancel(CancellationToken token) => owner.Cancelled(this, token);
    }
}
