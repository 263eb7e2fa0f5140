using System.Threading.RateLimiting;

namespace CoopAssistant.Protocol.RateLimiting;

/// <summary>One key's windows and waiters in a <see cref="LazyWindowLimiter"/>; every member runs under the partition's lock.</summary>
internal sealed class LazyWindowPartition : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Window[] _windows;
    private readonly TimeProvider _time;
    private readonly Queue<Waiter> _waiters = new();
    private int _queued;
    private ITimer? _timer;
    private bool _retired;

    public LazyWindowPartition(Shape[] shapes, TimeProvider time)
    {
        _time = time;
        var now = time.GetTimestamp();
        _windows = Array.ConvertAll(shapes, s => new Window(s, now));
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
            return _queued == 0 && TryTake(now) ? Lease.Acquired : Lease.Refused(RetryAfter(now));
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
                return Lease.AcquiredTask;
            }

            if (_queued >= queueLimit)
            {
                return Task.FromResult<RateLimitLease>(Lease.Refused(RetryAfter(now)));
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
            waiter.TrySetResult(Lease.Acquired);
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
            waiter.TrySetResult(Lease.Refused(TimeSpan.Zero));
        }
    }

    /// <summary>A window's limits and its segment length in timestamp ticks.</summary>
    internal sealed class Shape(int permits, TimeSpan window, int segments, TimeProvider time)
    {
        public int Permits { get; } = permits;

        public int Segments { get; } = segments;

        public long SegmentTicks { get; } = Math.Max(1, (long)(window.TotalSeconds / segments * time.TimestampFrequency));

        public TimeProvider Time { get; } = time;
    }

    /// <summary>Permits counted per segment; a permit is held until its segment comes round again.</summary>
    private sealed class Window(Shape shape, long now)
    {
        private readonly int[] _counts = new int[shape.Segments];
        private int _current;
        private long _segmentStart = now;

        public Shape Shape { get; } = shape;

        public int Total { get; private set; }

        public void Advance(long now)
        {
            var elapsed = (now - _segmentStart) / Shape.SegmentTicks;
            if (elapsed <= 0)
            {
                return;
            }

            for (var i = 0; i < Math.Min(elapsed, Shape.Segments); i++)
            {
                _current = (_current + 1) % Shape.Segments;
                Total -= _counts[_current];
                _counts[_current] = 0;
            }

            _segmentStart += elapsed * Shape.SegmentTicks;
        }

        public void Take()
        {
            _counts[_current]++;
            Total++;
        }

        public TimeSpan UntilNextSegment(long now) => Shape.Time.GetElapsedTime(now, _segmentStart + Shape.SegmentTicks);
    }

    private sealed class Waiter(LazyWindowPartition owner) : TaskCompletionSource<RateLimitLease>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public bool IsDone { get; set; }

        public CancellationTokenRegistration Registration { get; set; }

        public void Cancel(CancellationToken token) => owner.Cancelled(this, token);
    }

    private sealed class Lease : RateLimitLease
    {
        public static readonly Lease Acquired = new(true, null);

        public static readonly Task<RateLimitLease> AcquiredTask = Task.FromResult<RateLimitLease>(Acquired);

        private readonly TimeSpan? _retryAfter;

        private Lease(bool acquired, TimeSpan? retryAfter)
        {
            IsAcquired = acquired;
            _retryAfter = retryAfter;
        }

        public override bool IsAcquired { get; }

        public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public static Lease Refused(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (_retryAfter is not null && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = _retryAfter.Value;
                return true;
            }

            metadata = null;
            return false;
        }

        // A window's permit is held for its window, not for the lease's lifetime (as with SlidingWindowRateLimiter): Dispose frees nothing.
        protected override void Dispose(bool disposing) => base.Dispose(disposing);
    }
}
