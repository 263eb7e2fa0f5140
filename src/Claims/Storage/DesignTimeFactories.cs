using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoopAssistant.Claims.Storage;

/// <summary>Used by <c>dotnet ef migrations add ... --context SqliteClaimsDbContext</c>.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClaimsDbContext>
{
    public SqliteClaimsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteClaimsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Used by <c>dotnet ef migrations add ... --context PostgresClaimsDbContext</c>.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresClaimsDbContext>
{
    public PostgresClaimsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresClaimsDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
