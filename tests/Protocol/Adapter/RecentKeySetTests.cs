using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CoopAssistant.Protocol.Adapter;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Protocol.Tests.Adapter;

public sealed class RecentKeySetTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    /// <summary>A key's 128-bit hash, as the set's callers give it.</summary>
    private static UInt128 K(string key) => BinaryPrimitives.ReadUInt128LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    [Fact]
    public void TryAdd_SameKeyTwice_IsFreshOnlyTheFirstTime()
    {
        var set = new RecentKeySet(Window, 100, _time);

        Assert.True(set.TryAdd(K("msteams\na:1\nactivity-1")));
        Assert.False(set.TryAdd(K("msteams\na:1\nactivity-1")));
        Assert.True(set.TryAdd(K("msteams\na:1\nactivity-2")));
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void TryAdd_AfterRemove_IsFreshAgain()
    {
        var set = new RecentKeySet(Window, 100, _time);
        set.TryAdd(K("k"));
        _time.Advance(Window * 1.5); // now in the older generation
        set.TryAdd(K("other"));

        set.Remove(K("k"));

        Assert.True(set.TryAdd(K("k")));
    }

    [Fact]
    public void Keys_AreRememberedForAtLeastOneWindow_AndForgottenAfterTwo()
    {
        var set = new RecentKeySet(Window, 100, _time);
        set.TryAdd(K("early"));
        _time.Advance(Window - TimeSpan.FromSeconds(1));
        set.TryAdd(K("late"));

        _time.Advance(TimeSpan.FromSeconds(2)); // a rotation: "early" is a window old, "late" is 1 s old
        Assert.False(set.TryAdd(K("early")));
        Assert.False(set.TryAdd(K("late")));

        _time.Advance(Window); // another rotation: the generation holding both is dropped
        Assert.True(set.TryAdd(K("early")));
    }

    [Fact]
    public void TryAdd_AfterTwoIdleWindows_ForgetsEverything()
    {
        var set = new RecentKeySet(Window, 100, _time);
        set.TryAdd(K("a"));

        _time.Advance(Window * 2);

        Assert.True(set.TryAdd(K("a")));
        Assert.Equal(1, set.Count);
    }

    [Fact]
    public void TryAdd_BeyondCapacity_KeepsMemoryBounded_AndTheNewestKeys()
    {
        var set = new RecentKeySet(Window, 1_000, _time);

        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(set.TryAdd(K($"key-{i}")));
        }

        Assert.True(set.Count <= 2_000, $"{set.Count} keys kept");
        Assert.False(set.TryAdd(K("key-9999")));
        Assert.False(set.TryAdd(K("key-9000")));
        Assert.True(set.TryAdd(K("key-0")));
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
                if (set.TryAdd(K($"key-{i}")))
                {
                    Interlocked.Increment(ref admitted);
                }
            }
        })));

        Assert.Equal(5_000, admitted);
    }
}
