namespace CoopAssistant.Protocol.RateLimiting;

/// <summary>A window's limits and its segment length in timestamp ticks.</summary>
internal sealed class LazyWindowShape(int permits, TimeSpan window, int segments, TimeProvider time)
{
    public int Permits { get; } = permits;

    public int Segments { get; } = segments;

    public long SegmentTicks { get; } = Math.Max(1, (long)(window.TotalSeconds / segments * time.TimestampFrequency));

    public TimeProvider Time { get; } = time;
}
