namespace CoopAssistant.Protocol.RateLimiting;

/// <summary>Permits counted per segment; a permit is held until its segment comes round again.</summary>
internal sealed class LazyWindow(LazyWindowShape shape, long now)
{
    private readonly int[] _counts = new int[shape.Segments];
    private int _current;
    private long _segmentStart = now;

    public LazyWindowShape Shape { get; } = shape;

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
