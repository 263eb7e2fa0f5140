using System.Threading.RateLimiting;

namespace CoopAssistant.Protocol.RateLimiting;

/// <summary>The lease of a <see cref="LazyWindowLimiter"/>: acquired, or refused with a Retry-After.</summary>
internal sealed class LazyWindowLease : RateLimitLease
{
    public static readonly LazyWindowLease Acquired = new(true, null);

    public static readonly Task<RateLimitLease> AcquiredTask = Task.FromResult<RateLimitLease>(Acquired);

    private readonly TimeSpan? _retryAfter;

    private LazyWindowLease(bool acquired, TimeSpan? retryAfter)
    {
        IsAcquired = acquired;
        _retryAfter = retryAfter;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static LazyWindowLease Refused(TimeSpan retryAfter) => new(false, retryAfter);

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
