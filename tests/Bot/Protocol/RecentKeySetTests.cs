using CoopAssistant.Bot.Protocol.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Bot.Tests.Protocol;

public sealed class RecentKeySetTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryAdd_SameKeyTwice_IsFreshOnlyTheFirstTime()
    {
        var set = new RecentKeySet(Window, 100, _time);

        Assert.True(set.TryAdd("msteams\na:1\nactivity-1"));
        Assert.False(set.TryAdd("msteams\na:1\nactivity-1"));
        Assert.True(set.TryAdd("msteams\na:1\nactivity-2"));
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void TryAdd_AfterRemove_IsFreshAgain()
    {
        var set = new RecentKeySet(Window, 100, _time);
        set.TryAdd("k");
        _time.Advance(Window * 1.5); // now in the older generation
        set.TryAdd("other");

        set.Remove("k");

        Assert.True(set.TryAdd("k"));
    }

    [Fact]
    public void Keys_AreRememberedForAtLeastOneWindow_AndForgottenAfterTwo()
    {
        var set = new RecentKeySet(Window, 100, _time);
        set.TryAdd("early");
        _time.Advance(Window - TimeSpan.FromSeconds(1));
        set.TryAdd("late");

        _time.Advance(TimeSpan.FromSeconds(2)); // a rotation: "early" is a window old, "late" is 1 s old
        Assert.False(set.TryAdd("early"));
        Assert.False(set.TryAdd("late"));

        _time.Advance(Window); // another rotation: the generation holding both is dropped
        Assert.True(set.TryAdd("early"));
    }

    [Fact]
    public void TryAdd_AfterTwoIdleWindows_ForgetsEverything()
    {
        var set = new RecentKeySet(Window, 100, _time);
        set.TryAdd("a");

        _time.Advance(Window * 2);

        Assert.True(set.TryAdd("a"));
        Assert.Equal(1, set.Count);
    }

    [Fact]
    public void TryAdd_BeyondCapacity_KeepsMemoryBounded_AndTheNewestKeys()
    {
        var set = new RecentKeySet(Window, 1_000, _time);

        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(set.TryAdd($"key-{i}"));
        }

        Assert.True(set.Count <= 2_000, $"{set.Count} keys kept");
        Assert.False(set.TryAdd("key-9999"));
        Assert.False(set.TryAdd("key-9000"));
        Assert.True(set.TryAdd("key-0"));
    }

    [Fact]
    public async Task TryAdd_FromManyThreads_AdmitsEachKeyOnce()
    {
        var set = new RecentKeySet(Window, 1_000_000, _time);
        var admitted = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                if (set.TryAdd($"key-{i}"))
                {
                    Interlocked.Increment(ref admitted);
                }
            }
        })));

        Assert.Equal(5_000, admitted);
    }
}
