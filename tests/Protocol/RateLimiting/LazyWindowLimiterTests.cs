using System.Threading.RateLimiting;
using CoopAssistant.Protocol.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Protocol.Tests.RateLimiting;

/// <summary>Windows that move on when their key is used: the limits hold, waiters get permits in order, idle keys go.</summary>
public sealed class LazyWindowLimiterTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-05T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void AttemptAcquire_PastTheLimit_IsRefusedWithRetryAfter_UntilTheWindowHasPassed()
    {
        using var limiter = new LazyWindowLimiter([(3, TimeSpan.FromSeconds(10), 1)], 0, _time);

        for (var i = 0; i < 3; i++)
        {
            Assert.True(limiter.AttemptAcquire("a").IsAcquired);
        }

        using var refused = limiter.AttemptAcquire("a");
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(10), retryAfter);
        Assert.True(limiter.AttemptAcquire("b").IsAcquired);

        _time.Advance(TimeSpan.FromSeconds(9.9));
        Assert.False(limiter.AttemptAcquire("a").IsAcquired);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True(limiter.AttemptAcquire("a").IsAcquired);
    }

    [Fact]
    public void SlidingWindow_HoldsEachPermitUntilItsSegmentComesRoundAgain()
    {
        // 2 permits per 4 segments of 1 s: a permit taken in segment 0 frees at the start of segment 4.
        using var limiter = new LazyWindowLimiter([(2, TimeSpan.FromSeconds(4), 4)], 0, _time);
        Assert.True(limiter.AttemptAcquire("a").IsAcquired);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(limiter.AttemptAcquire("a").IsAcquired);
        _time.Advance(TimeSpan.FromSeconds(1.5));
        Assert.False(limiter.AttemptAcquire("a").IsAcquired);

        _time.Advance(TimeSpan.FromSeconds(0.5));
        Assert.True(limiter.AttemptAcquire("a").IsAcquired);
        Assert.False(limiter.AttemptAcquire("a").IsAcquired);

        // Long idle: every segment has passed, however many.
        _time.Advance(TimeSpan.FromHours(3));
        Assert.True(limiter.AttemptAcquire("a").IsAcquired);
        Assert.True(limiter.AttemptAcquire("a").IsAcquired);
    }

    [Fact]
    public void ARefusal_SpendsNoPermitInTheOtherWindows()
    {
        using var limiter = new LazyWindowLimiter([(5, TimeSpan.FromSeconds(10), 1), (1, TimeSpan.FromSeconds(1), 1)], 0, _time);
        Assert.True(limiter.AttemptAcquire("a").IsAcquired);
        for (var i = 0; i < 10; i++)
        {
            Assert.False(limiter.AttemptAcquire("a").IsAcquired);
        }

        for (var i = 0; i < 4; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            Assert.True(limiter.AttemptAcquire("a").IsAcquired);
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(limiter.AttemptAcquire("a").IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_Waiters_GetPermitsOldestFirst_AsTheWindowMovesOn_AndAFullQueueIsRefused()
    {
        using var limiter = new LazyWindowLimiter([(1, TimeSpan.FromSeconds(1), 1)], 2, _time);
        using var first = await limiter.AcquireAsync("a", CancellationToken.None);
        Assert.True(first.IsAcquired);

        var second = limiter.AcquireAsync("a", CancellationToken.None).AsTask();
        var third = limiter.AcquireAsync("a", CancellationToken.None).AsTask();
        using var overflow = await limiter.AcquireAsync("a", CancellationToken.None);
        Assert.False(overflow.IsAcquired);
        // A waiter is ahead of anyone who would take a permit now.
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await second.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
        Assert.False(third.IsCompleted);
        Assert.False(limiter.AttemptAcquire("a").IsAcquired);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await third.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWaiter_LeavesTheQueue()
    {
        using var limiter = new LazyWindowLimiter([(1, TimeSpan.FromSeconds(1), 1)], 1, _time);
        Assert.True(limiter.AttemptAcquire("a").IsAcquired);
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync("a", cancel.Token).AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        var next = limiter.AcquireAsync("a", CancellationToken.None).AsTask();
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await next.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
    }

    [Fact]
    public void IdleKeys_AreDroppedByTheSweep_AndAKeyInUseIsKept()
    {
        using var limiter = new LazyWindowLimiter([(2, TimeSpan.FromSeconds(30), 3)], 0, _time);
        for (var i = 0; i < 1000; i++)
        {
            Assert.True(limiter.AttemptAcquire("user" + i).IsAcquired);
        }

        _time.Advance(TimeSpan.FromSeconds(40));
        Assert.True(limiter.AttemptAcquire("user7").IsAcquired);
        Assert.True(limiter.AttemptAcquire("user7").IsAcquired);
        _time.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(1, limiter.Count);
        // The kept key still counts its permits: both are held within its window.
        Assert.False(limiter.AttemptAcquire("user7").IsAcquired);
        Assert.True(limiter.AttemptAcquire("user8").IsAcquired);
    }
}
