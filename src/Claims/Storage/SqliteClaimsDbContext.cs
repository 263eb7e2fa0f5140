using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Storage;

/// <summary>The SQLite flavour (its own migrations in Storage/Migrations/Sqlite).</summary>
public sealed class SqliteClaimsDbContext(DbContextOptions<SqliteClaimsDbContext> options, string? tenantId)
    : ClaimsDbContext(options, tenantId)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
