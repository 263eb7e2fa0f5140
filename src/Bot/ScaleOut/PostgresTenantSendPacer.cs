using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Bot.ScaleOut;

/// <summary>A cluster-wide, evenly spaced send schedule per tenant (a generic cell-rate algorithm kept in one row): each
/// call books the next free slot — <c>max(NextAt, now)</c>, then moves <c>NextAt</c> one interval on — and returns how long
/// to wait for it. One short statement per send, timed by the database server's clock, so hosts' clock skew does not
/// matter; a host that dies holds nothing; whichever host is sending gets the whole budget.</summary>
public sealed class PostgresTenantSendPacer(ClaimsDatabase database)
{
    /// <summary>Books the tenant's next send slot <paramref name="interval"/> after the last one; returns the wait (zero or more).</summary>
    public async Task<TimeSpan> ReserveAsync(string tenantId, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        if (database.Provider != StorageProvider.PostgreSQL)
        {
            throw new InvalidOperationException("The database send pacer needs PostgreSQL.");
        }

        await using var context = database.ForSystem();
        var waits = await context.Database.SqlQuery<double>(
            $"""
            INSERT INTO "TenantSendSlots" ("TenantId", "NextAt") VALUES ({tenantId}, clock_timestamp() + {interval})
            ON CONFLICT ("TenantId") DO UPDATE SET "NextAt" = GREATEST("TenantSendSlots"."NextAt", clock_timestamp()) + {interval}
            RETURNING EXTRACT(EPOCH FROM ("NextAt" - {interval} - clock_timestamp()))::float8 AS "Value"
            """).ToListAsync(cancellationToken);
        var seconds = waits.Count > 0 ? waits[0] : 0;
        return seconds > 0 ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
    }
}
