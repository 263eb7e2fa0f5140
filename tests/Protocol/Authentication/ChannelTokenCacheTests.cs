using System.Security.Claims;
using CoopAssistant.Protocol.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CoopAssistant.Protocol.Tests.Authentication;

/// <summary>The validated-token cache on its own: what it keeps, for how long, and how much.</summary>
public sealed class ChannelTokenCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly KeySets _keys = new();

    [Fact]
    public async Task RememberedToken_IsFound_WithOnlyTheClaimsTheChannelChecksRead()
    {
        using var cache = Cache(10);

        cache.Remember("a.b.c", Principal(), _time.GetUtcNow().AddHours(1), _keys, _keys.Current);
        var found = await cache.FindAsync("a.b.c", default);

        Assert.NotNull(found);
        Assert.Equal("https://smba.trafficmanager.net/amer/", found.FindFirst(BotAuthenticationDefaults.ServiceUrlClaim)?.Value);
        Assert.Equal(["msteams", "webchat"], found.FindAll(BotAuthenticationDefaults.EndorsementClaim).Select(c => c.Value));
        Assert.Null(found.FindFirst("appid"));
        Assert.True(found.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task AnotherText_IsNotFound_EvenOneCharacterApart()
    {
        using var cache = Cache(10);
        cache.Remember("a.b.c", Principal(), _time.GetUtcNow().AddHours(1), _keys, _keys.Current);

        Assert.Null(await cache.FindAsync("a.b.d", default));
        Assert.Null(await cache.FindAsync("a.b.c.", default));
        Assert.Null(await cache.FindAsync("A.b.c", default));
        Assert.Null(await cache.FindAsync("", default));
    }

    [Fact]
    public async Task Token_IsDropped_AtItsExpiry()
    {
        using var cache = Cache(10);
        var expires = _time.GetUtcNow().AddMinutes(10);
        cache.Remember("a.b.c", Principal(), expires, _keys, _keys.Current);

        _time.SetUtcNow(expires.AddSeconds(-1));
        Assert.NotNull(await cache.FindAsync("a.b.c", default));
        _time.SetUtcNow(expires);
        Assert.Null(await cache.FindAsync("a.b.c", default));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Token_IsDropped_WhenTheSigningKeysAreReadAgain()
    {
        using var cache = Cache(10);
        cache.Remember("a.b.c", Principal(), _time.GetUtcNow().AddHours(1), _keys, _keys.Current);

        _keys.Current = new OpenIdConnectConfiguration();

        Assert.Null(await cache.FindAsync("a.b.c", default));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task ExpiredOrOversizedOrNonAsciiTokens_AreNotKept()
    {
        using var cache = Cache(10);
        var huge = Principal(new Claim(BotAuthenticationDefaults.ServiceUrlClaim, "https://x.example/" + new string('a', ChannelTokenCache.MaxEntryChars)));

        cache.Remember("expired", Principal(), _time.GetUtcNow(), _keys, _keys.Current);
        var returned = cache.Remember("huge", huge, _time.GetUtcNow().AddHours(1), _keys, _keys.Current);
        cache.Remember("jwt\u00e9", Principal(), _time.GetUtcNow().AddHours(1), _keys, _keys.Current);

        Assert.Same(huge, returned);
        Assert.Equal(0, cache.Count);
        Assert.Null(await cache.FindAsync("huge", default));
    }

    [Fact]
    public void Cache_HoldsNoMoreThanItsEntryLimit()
    {
        using var cache = Cache(100);

        for (var i = 0; i < 1_000; i++)
        {
            Assert.NotNull(cache.Remember($"token-{i}", Principal(), _time.GetUtcNow().AddHours(1), _keys, _keys.Current));
        }

        Assert.InRange(cache.Count, 1, 100);
    }

    [Fact]
    public async Task ZeroEntries_TurnsTheCacheOff()
    {
        using var cache = Cache(0);
        var principal = Principal();

        Assert.Same(principal, cache.Remember("a.b.c", principal, _time.GetUtcNow().AddHours(1), _keys, _keys.Current));
        Assert.Null(await cache.FindAsync("a.b.c", default));
    }

    private ChannelTokenCache Cache(int entries) =>
        new(Options.Create(new BotFrameworkOptions { TokenCacheEntries = entries }), _time);

    private static ClaimsPrincipal Principal(params Claim[] extra) => new(new ClaimsIdentity(
    [
        new Claim(BotAuthenticationDefaults.ServiceUrlClaim, "https://smba.trafficmanager.net/amer/"),
        new Claim(BotAuthenticationDefaults.EndorsementClaim, "msteams"),
        new Claim(BotAuthenticationDefaults.EndorsementClaim, "webchat"),
        new Claim("appid", "ignored"),
        .. extra,
    ], "Bot"));

    /// <summary>A key-set source whose current configuration the test replaces, as a refresh of the signing keys does.</summary>
    private sealed class KeySets : IConfigurationManager<OpenIdConnectConfiguration>
    {
        public OpenIdConnectConfiguration Current { get; set; } = new();

        public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel) => Task.FromResult(Current);

        public void RequestRefresh()
        {
        }
    }
}
