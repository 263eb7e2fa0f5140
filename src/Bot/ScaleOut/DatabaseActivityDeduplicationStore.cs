using CoopAssistant.Claims.ScaleOut;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Protocol.Adapter;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.ScaleOut;

/// <summary>The shared de-duplication table (<c>ProcessedActivities</c>): one upsert per new activity (<c>INSERT … ON CONFLICT DO
/// UPDATE … WHERE</c>, the same text on SQLite and PostgreSQL) inserts, or takes over a row that expired or whose host died
/// (<see cref="ScaleOutOptions.ProcessingLease"/> passed), or changes nothing when the row is live.</summary>
public sealed class DatabaseActivityDeduplicationStore(ClaimsDatabase database, IOptions<ScaleOutOptions> options) : IActivityDeduplicationStore
{
    public async Task<ActivityClaim> TryBeginAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var at = now.ToUnixTimeMilliseconds();
        var leaseEnd = (now + options.Value.ProcessingLease).ToUnixTimeMilliseconds();
        var expires = (now + window).ToUnixTimeMilliseconds();
        await using var context = database.ForSystem();
        var begun = await context.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ProcessedActivities" ("Key", "Done", "LeaseExpiresAtMs", "ExpiresAtMs") VALUES ({key}, {false}, {leaseEnd}, {expires})
            ON CONFLICT ("Key") DO UPDATE SET "Done" = excluded."Done", "LeaseExpiresAtMs" = excluded."LeaseExpiresAtMs", "ExpiresAtMs" = excluded."ExpiresAtMs"
            WHERE "ProcessedActivities"."ExpiresAtMs" < {at} OR ("ProcessedActivities"."Done" = {false} AND "ProcessedActivities"."LeaseExpiresAtMs" < {at})
            """,
            cancellationToken);
        if (begun > 0)
        {
            return ActivityClaim.Begun;
        }

        var done = await context.Set<ProcessedActivityEntity>().AsNoTracking()
            .Where(a => a.Key == key).Select(a => (bool?)a.Done).FirstOrDefaultAsync(cancellationToken);
        return done == true ? ActivityClaim.Done : ActivityClaim.InProgress;
    }

    public async Task CompleteAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        var expires = (now + window).ToUnixTimeMilliseconds();
        await using var context = database.ForSystem();
        await context.Set<ProcessedActivityEntity>().Where(a => a.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Done, true).SetProperty(a => a.ExpiresAtMs, expires), cancellationToken);
    }

    public async Task ForgetAsync(string key, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        await context.Set<ProcessedActivityEntity>().Where(a => a.Key == key && !a.Done).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Deletes rows past their window; returns how many (<see cref="ProcessedActivityCleanup"/>).</summary>
    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUnixTimeMilliseconds();
        await using var context = database.ForSystem();
        return await context.Set<ProcessedActivityEntity>().Where(a => a.ExpiresAtMs < at).ExecuteDeleteAsync(cancellationToken);
    }
}
