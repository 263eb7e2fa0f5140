using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Storage;

/// <summary>The PostgreSQL flavour (its own migrations in Storage/Migrations/PostgreSql).</summary>
public sealed class PostgresClaimsDbContext(DbContextOptions<PostgresClaimsDbContext> options) : ClaimsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
