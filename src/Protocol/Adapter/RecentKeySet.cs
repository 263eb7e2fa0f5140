namespace CoopAssistant.Protocol.Adapter;

/// <summary>
/// The keys seen in the last <c>window</c> (at least one window, at most two): two generations of 128-bit key hashes (the
/// caller hashes: a collision must be out of reach, so a cryptographic digest, not a hash code), the
/// older dropped whole when the newer is a window old. Entries are structs in two hash sets, so a busy host keeps no
/// per-key objects for the garbage collector to promote and trace. Under extreme load a generation that reaches
/// <c>capacity</c> is rotated early: memory stays bounded and the window shrinks instead.
/// </summary>
public sealed class RecentKeySet
{
    private readonly TimeSpan _window;
    private readonly int _capacity;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private HashSet<UInt128> _current = [];
    private HashSet<UInt128> _previous = [];
    private DateTimeOffset _currentSince;

    public RecentKeySet(TimeSpan window, int capacity, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentNullException.ThrowIfNull(time);
        _window = window;
        _capacity = capacity;
        _time = time;
        _currentSince = time.GetUtcNow();
    }

    /// <summary>Keys currently remembered (both generations).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _current.Count + _previous.Count;
            }
        }
    }

    /// <summary>Adds <paramref name="hash"/>; true when it was not remembered.</summary>
    public bool TryAdd(UInt128 hash)
    {
        lock (_lock)
        {
            RotateIfDue();
            if (_previous.Contains(hash))
            {
                return false;
            }

            if (!_current.Add(hash))
            {
                return false;
            }

            if (_current.Count >= _capacity)
            {
                Rotate();
            }

            return true;
        }
    }

    public void Remove(UInt128 hash)
    {
        lock (_lock)
        {
            _current.Remove(hash);
            _previous.Remove(hash);
        }
    }

    private void RotateIfDue()
    {
        var age = _time.GetUtcNow() - _currentSince;
        if (age < _window)
        {
            return;
        }

        Rotate();
        if (age >= _window * 2)
        {
            // Idle for two windows or more: nothing in the newer generation is recent either.
            _previous.Clear();
        }
    }

    private void Rotate()
    {
        (_previous, _current) = (_current, _previous);
        _current.Clear();
        _currentSince = _time.GetUtcNow();
    }
}
