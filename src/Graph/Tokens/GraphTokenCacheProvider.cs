using Microsoft.AspNetCore.DataProtection;
using Microsoft.Identity.Web.TokenCacheProviders;

namespace CoopAssistant.Graph.Tokens;

/// <summary>
/// Microsoft.Identity.Web cache serialiser writing MSAL's per-user cache to <see cref="IGraphTokenCacheStore"/>,
/// encrypted with ASP.NET Core data protection when the host registers it.
/// </summary>
internal sealed class GraphTokenCacheProvider(IGraphTokenCacheStore store, IDataProtector? protector) : MsalAbstractTokenCacheProvider(protector)
{
    protected override Task<byte[]?> ReadCacheBytesAsync(string cacheKey) => store.ReadAsync(cacheKey, CancellationToken.None);

    protected override Task<byte[]?> ReadCacheBytesAsync(string cacheKey, CacheSerializerHints cacheSerializerHints) =>
        store.ReadAsync(cacheKey, cacheSerializerHints?.CancellationToken ?? CancellationToken.None);

    protected override Task WriteCacheBytesAsync(string cacheKey, byte[] bytes) => store.WriteAsync(cacheKey, bytes, CancellationToken.None);

    protected override Task WriteCacheBytesAsync(string cacheKey, byte[] bytes, CacheSerializerHints cacheSerializerHints) =>
        store.WriteAsync(cacheKey, bytes, cacheSerializerHints?.CancellationToken ?? CancellationToken.None);

    protected override Task RemoveKeyAsync(string cacheKey) => store.RemoveAsync(cacheKey, CancellationToken.None);

    protected override Task RemoveKeyAsync(string cacheKey, CacheSerializerHints cacheSerializerHints) =>
        store.RemoveAsync(cacheKey, cacheSerializerHints?.CancellationToken ?? CancellationToken.None);
}
