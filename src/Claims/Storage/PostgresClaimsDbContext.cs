using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Storage;

/// <summary>The PostgreSQL flavour (its own migrations in Storage/Migrations/PostgreSql).</summary>
public sealed class PostgresClaimsDbContext(DbContextOptions<PostgresClaimsDbContext> options) : ClaimsDbContext(options)
{
    /// <summary>The first key of the two-key advisory locks taken per tenant and activity type (the two-key space never overlaps
    /// the one-key locks of <see cref="ClaimsDatabase.RunExclusiveAsync"/>): "CLAI" in ASCII.</summary>
    private const int ClaimsOfTypeLockSpace = 0x434C_4149;

    /// <summary><c>pg_advisory_xact_lock(space, hashtext(tenant/type))</c>: held until the transaction ends; two tenants or types
    /// that hash alike only wait for each other, never see each other's rows.</summary>
    internal override async Task LockClaimsOfTypeAsync(string tenantId, Model.ActivityType activityType, CancellationToken cancellationToken)
    {
        var key = $"{tenantId}/{(int)activityType}";
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ClaimsOfTypeLockSpace}, hashtext({key}))", cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
