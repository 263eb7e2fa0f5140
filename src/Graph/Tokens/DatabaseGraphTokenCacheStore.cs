using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tokens;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Graph.Tokens;

/// <summary>
/// The MSAL user token cache in the claims database (table <c>GraphTokenCache</c>, one row per <c>{oid}.{tid}</c>), so a
/// restart — or another host on the same PostgreSQL — finds the user signed in. The bytes arrive already protected by
/// <see cref="GraphTokenCacheProvider"/> when the host registers ASP.NET Core data protection.
/// </summary>
public sealed class DatabaseGraphTokenCacheStore(ClaimsDatabase database, TimeProvider time) : IGraphTokenCacheStore
{
    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        return await context.Set<GraphTokenCacheEntity>().AsNoTracking()
            .Where(e => e.CacheKey == key)
            .Select(e => e.Value)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task WriteAsync(string key, byte[] value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        var now = time.GetUtcNow();
        await using var context = database.ForSystem();
        var rows = context.Set<GraphTokenCacheEntity>();
        if (await UpdateAsync(rows, key, value, now, cancellationToken) == 1)
        {
            return;
        }

        rows.Add(new GraphTokenCacheEntity { CacheKey = key, Value = value, UpdatedAt = now });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another host inserted the row between our update and insert: last writer wins, as MSAL expects.
            context.ChangeTracker.Clear();
            await UpdateAsync(rows, key, value, now, cancellationToken);
        }
    }

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        await context.Set<GraphTokenCacheEntity>().Where(e => e.CacheKey == key).ExecuteDeleteAsync(cancellationToken);
    }

    private static Task<int> UpdateAsync(DbSet<GraphTokenCacheEntity> rows, string key, byte[] value, DateTimeOffset now, CancellationToken cancellationToken) =>
        rows.Where(e => e.CacheKey == key)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Value, value).SetProperty(e => e.UpdatedAt, now), cancellationToken);
}
