using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Web.TokenCacheProviders;

namespace CoopAssistant.Graph.Tokens;

/// <summary>
/// Microsoft.Identity.Web cache serialiser writing MSAL's per-user cache to <see cref="IGraphTokenCacheStore"/>, encrypted with
/// ASP.NET Core data protection when the host registers it. Protection is done here rather than by the base class so that a blob
/// no key can open (key ring lost or not shared) reads as "no cache" — the user signs in again — instead of failing the turn.
/// </summary>
internal sealed partial class GraphTokenCacheProvider(IGraphTokenCacheStore store, IDataProtector? protector, ILogger logger) : MsalAbstractTokenCacheProvider(null)
{
    protected override Task<byte[]?> ReadCacheBytesAsync(string cacheKey) => ReadAsync(cacheKey, CancellationToken.None);

    protected override Task<byte[]?> ReadCacheBytesAsync(string cacheKey, CacheSerializerHints cacheSerializerHints) =>
        ReadAsync(cacheKey, cacheSerializerHints?.CancellationToken ?? CancellationToken.None);

    protected override Task WriteCacheBytesAsync(string cacheKey, byte[] bytes) => WriteAsync(cacheKey, bytes, CancellationToken.None);

    protected override Task WriteCacheBytesAsync(string cacheKey, byte[] bytes, CacheSerializerHints cacheSerializerHints) =>
        WriteAsync(cacheKey, bytes, cacheSerializerHints?.CancellationToken ?? CancellationToken.None);

    protected override Task RemoveKeyAsync(string cacheKey) => store.RemoveAsync(cacheKey, CancellationToken.None);

    protected override Task RemoveKeyAsync(string cacheKey, CacheSerializerHints cacheSerializerHints) =>
        store.RemoveAsync(cacheKey, cacheSerializerHints?.CancellationToken ?? CancellationToken.None);

    private async Task<byte[]?> ReadAsync(string cacheKey, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(cacheKey, cancellationToken);
        if (stored is null || protector is null)
        {
            return stored;
        }

        try
        {
            return protector.Unprotect(stored);
        }
        catch (CryptographicException ex)
        {
            LogUnreadable(logger, ex.GetType().Name);
            return null;
        }
    }

    private Task WriteAsync(string cacheKey, byte[] bytes, CancellationToken cancellationToken) =>
        store.WriteAsync(cacheKey, protector is null ? bytes : protector.Protect(bytes), cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Graph token cache entry could not be decrypted ({Error}); the user will be asked to sign in again. Is the data protection key ring kept and shared?")]
    private static partial void LogUnreadable(ILogger logger, string error);
}
