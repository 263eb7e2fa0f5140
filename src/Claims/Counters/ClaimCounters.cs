using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Counters;

/// <summary>One claim's place in the counters: the row it counts in and its amount in units.</summary>
internal readonly record struct CounterShare(DateOnly Deadline, ClaimStatus Status, string Currency, long AmountUnits)
{
    public static CounterShare Of(Claim claim) => new(claim.Deadline, claim.Status, claim.Currency, ClaimCounters.Units(claim.Amount));
}

/// <summary>A change to one counter row.</summary>
internal readonly record struct CounterDelta(DateOnly Deadline, ClaimStatus Status, string Currency, long Claims, long AmountUnits);

/// <summary>
/// Keeps <see cref="ClaimCounter"/> rows equal to a recount of the claims: a created claim adds itself to its row, a change that
/// moves its status, deadline, currency or amount takes it out of the old row and adds it to the new, in the same transaction as the
/// change (upserts in key order, so two changes never wait for each other in opposite orders). <see cref="RebuildSql"/> is the recount
/// the migration backfills with and bulk-seeded data is rebuilt with.
/// </summary>
public static class ClaimCounters
{
    /// <summary>Amounts are kept with 4 decimals (<c>HasPrecision(18, 4)</c>); units are ten-thousandths.</summary>
    public const decimal AmountScale = 10_000m;

    public static long Units(decimal amount) => (long)decimal.Round(amount * AmountScale, 0, MidpointRounding.AwayFromZero);

    public static decimal Amount(long units) => units / AmountScale;

    internal static IReadOnlyList<CounterDelta> Deltas(CounterShare? before, CounterShare? after)
    {
        if (before == after)
        {
            return [];
        }

        var deltas = new List<CounterDelta>(2);
        if (before is { } b && after is { } a && b.Deadline == a.Deadline && b.Status == a.Status && b.Currency == a.Currency)
        {
            deltas.Add(new(a.Deadline, a.Status, a.Currency, 0, a.AmountUnits - b.AmountUnits));
            return deltas;
        }

        if (before is { } old)
        {
            deltas.Add(new(old.Deadline, old.Status, old.Currency, -1, -old.AmountUnits));
        }

        if (after is { } now)
        {
            deltas.Add(new(now.Deadline, now.Status, now.Currency, 1, now.AmountUnits));
        }

        return [.. deltas.OrderBy(d => d.Deadline).ThenBy(d => d.Status).ThenBy(d => d.Currency, StringComparer.Ordinal)];
    }

    /// <summary>Applies <paramref name="deltas"/> to the tenant's rows inside the caller's transaction.</summary>
    internal static async Task ApplyAsync(ClaimsDbContext context, string tenantId, IReadOnlyList<CounterDelta> deltas, CancellationToken cancellationToken)
    {
        foreach (var d in deltas)
        {
            // ON CONFLICT ... DO UPDATE: PostgreSQL 9.5+ and SQLite 3.24+ (both providers' upsert).
            await context.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO "ClaimCounters" ("TenantId", "Deadline", "Status", "Currency", "Claims", "AmountUnits")
                VALUES ({tenantId}, {d.Deadline}, {(int)d.Status}, {d.Currency}, {d.Claims}, {d.AmountUnits})
                ON CONFLICT ("TenantId", "Deadline", "Status", "Currency")
                DO UPDATE SET "Claims" = "ClaimCounters"."Claims" + excluded."Claims", "AmountUnits" = "ClaimCounters"."AmountUnits" + excluded."AmountUnits"
                """,
                cancellationToken);
        }
    }

    /// <summary>The recount of every claim into the counters (all tenants), for a table that is empty: the migration's backfill.</summary>
    public static string RebuildSql(StorageProvider provider) => $"""
        INSERT INTO "ClaimCounters" ("TenantId", "Deadline", "Status", "Currency", "Claims", "AmountUnits")
        SELECT "TenantId", "Deadline", "Status", "Currency", COUNT(*), SUM({UnitsSql(provider)})
        FROM "Claims"
        GROUP BY "TenantId", "Deadline", "Status", "Currency"
        """;

    /// <summary>Recounts one tenant's counters from its claims (data written around the unit of work, e.g. a benchmark's bulk seed).</summary>
    public static async Task RebuildAsync(ClaimsDatabase database, string tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var context = database.ForTenant(tenantId);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.Database.ExecuteSqlInterpolatedAsync($"""DELETE FROM "ClaimCounters" WHERE "TenantId" = {tenantId}""", cancellationToken);
        await context.Database.ExecuteSqlRawAsync(RebuildSql(database.Provider).Replace("FROM \"Claims\"", "FROM \"Claims\" WHERE \"TenantId\" = {0}", StringComparison.Ordinal), [tenantId], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // SQLite keeps decimals as text: through REAL, exact for amounts of up to 11 integer digits with 4 decimals.
    private static string UnitsSql(StorageProvider provider) => provider == StorageProvider.PostgreSQL
        ? "CAST(ROUND(\"Amount\" * 10000) AS bigint)"
        : "CAST(ROUND(CAST(\"Amount\" AS REAL) * 10000) AS INTEGER)";
}
