using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CoopAssistant.Protocol.Authentication;

/// <summary>
/// Channel tokens validated once. A channel sends the same token with every activity until it expires, so what the full
/// validation found (JwtBearer: signature, issuer, audience, lifetime; the signing key's endorsements) is kept under the
/// SHA-256 of the token's exact text until the token's <c>exp</c>, and only while the key set it was validated with is still
/// the current one: a refresh of the signing keys (a rollover, the periodic re-read) sends every token to full validation again.
/// Per request the channel checks (<c>serviceurl</c> against the activity, the endorsement of the activity's channel) still run
/// on what is returned (<see cref="Adapter.ChannelChecks"/>).
/// Bounded: at most <see cref="BotFrameworkOptions.TokenCacheEntries"/> entries, each holding only the claims the channel checks
/// read (no token text), at most <see cref="MaxEntryChars"/> characters of values: about 1.2 KiB per entry for a Teams token (measured in bench/Bot.Bench).
/// </summary>
public sealed class ChannelTokenCache : IDisposable
{
    /// <summary>A token whose kept claim values are longer than this in all is validated every time instead of kept.</summary>
    public const int MaxEntryChars = 4096;

    /// <summary>The claim types <see cref="Adapter.ChannelChecks"/> reads.</summary>
    private static readonly HashSet<string> KeptClaims =
    [
        BotAuthenticationDefaults.ServiceUrlClaim, BotAuthenticationDefaults.EndorsementClaim,
    ];

    private readonly MemoryCache? _cache;
    private readonly TimeProvider _time;

    public ChannelTokenCache(IOptions<BotFrameworkOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        var entries = options.Value.TokenCacheEntries;
        if (entries > 0)
        {
            // Each entry has size 1: the limit counts entries. When it is reached a new token is not kept (it is still
            // validated and accepted) and the cache compacts itself: expired entries first, then the least recently used.
            _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = entries, ExpirationScanFrequency = TimeSpan.FromMinutes(1) });
        }
    }

    /// <summary>Entries held now (expired ones may remain until the next scan).</summary>
    public int Count => _cache?.Count ?? 0;

    /// <summary>
    /// The principal of a token validated before, when it has not expired and its key set is still current; otherwise null
    /// (and the entry is dropped), and the caller validates the token in full.
    /// </summary>
    public ValueTask<ClaimsPrincipal?> FindAsync(ReadOnlySpan<char> token, CancellationToken cancellationToken)
    {
        if (_cache is null || !TokenHash.TryCompute(token, out var key) || !_cache.TryGetValue(key, out Entry? entry) || entry is null)
        {
            return ValueTask.FromResult<ClaimsPrincipal?>(null);
        }

        if (_time.GetUtcNow() >= entry.Expires)
        {
            _cache.Remove(key);
            return ValueTask.FromResult<ClaimsPrincipal?>(null);
        }

        return CheckKeySetAsync(key, entry, cancellationToken);
    }

    /// <summary>
    /// Keeps a token that passed full validation against <paramref name="keySet"/> (from <paramref name="keys"/>) until
    /// <paramref name="expires"/>. Returns the principal to use for this request: the kept copy, or
    /// <paramref name="validated"/> itself when it is not kept (cache off, already expired, claims too large).
    /// </summary>
    public ClaimsPrincipal Remember(string token, ClaimsPrincipal validated, DateTimeOffset expires,
        IConfigurationManager<OpenIdConnectConfiguration> keys, OpenIdConnectConfiguration keySet)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(validated);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(keySet);
        var lifetime = expires - _time.GetUtcNow();
        if (_cache is null || lifetime <= TimeSpan.Zero || !TokenHash.TryCompute(token, out var key)
            || validated.Identity is not ClaimsIdentity identity || Compact(identity) is not { } compact)
        {
            return validated;
        }

        // Relative: the memory cache measures it on its own clock, FindAsync checks the absolute expiry on the TimeProvider.
        _cache.Set(key, new Entry(compact, expires, keys, keySet), new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = lifetime,
            Size = 1,
        });
        return compact;
    }

    /// <summary>Drops every kept token (each is validated in full at its next use).</summary>
    public void Clear() => _cache?.Clear();

    public void Dispose() => _cache?.Dispose();

    /// <summary>A refresh of the signing keys replaces the configuration object: then the token is validated again.</summary>
    private async ValueTask<ClaimsPrincipal?> CheckKeySetAsync(TokenHash key, Entry entry, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(await entry.Keys.GetConfigurationAsync(cancellationToken), entry.KeySet))
        {
            return entry.Principal;
        }

        _cache!.Remove(key);
        return null;
    }

    /// <summary>
    /// What the channel checks read, without the token it was read from: the <c>serviceurl</c> claim and the endorsements (the
    /// registered claims, issuer, audience and lifetime, were checked by the validation and are not kept). Null above the size limit.
    /// </summary>
    private static ClaimsPrincipal? Compact(ClaimsIdentity identity)
    {
        var chars = 0;
        var claims = new List<Claim>(4);
        foreach (var claim in identity.Claims)
        {
            if (!KeptClaims.Contains(claim.Type))
            {
                continue;
            }

            chars += claim.Value.Length;
            if (chars > MaxEntryChars)
            {
                return null;
            }

            claims.Add(new Claim(claim.Type, claim.Value));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, identity.AuthenticationType));
    }

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset Expires,
        IConfigurationManager<OpenIdConnectConfiguration> Keys, OpenIdConnectConfiguration KeySet);

    /// <summary>
    /// SHA-256 of the token's text. Only ASCII text has one (a JSON web token is base64url and dots; anything else is refused by
    /// the validation and never kept), so each key stands for exactly one text.
    /// </summary>
    private readonly record struct TokenHash(UInt128 High, UInt128 Low)
    {
        private const int MaxLength = 16 * 1024;

        public static bool TryCompute(ReadOnlySpan<char> token, out TokenHash hash)
        {
            hash = default;
            if (token.IsEmpty || token.Length > MaxLength)
            {
                return false;
            }

            var rented = token.Length > 2048 ? ArrayPool<byte>.Shared.Rent(token.Length) : null;
            try
            {
                Span<byte> ascii = rented is null ? stackalloc byte[token.Length] : rented.AsSpan(0, token.Length);
                if (Ascii.FromUtf16(token, ascii, out _) != OperationStatus.Done)
                {
                    return false;
                }

                Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
                SHA256.HashData(ascii, digest);
                var halves = MemoryMarshal.Cast<byte, UInt128>(digest);
                hash = new TokenHash(halves[0], halves[1]);
                return true;
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }
    }
}
