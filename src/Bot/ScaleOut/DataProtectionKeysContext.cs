using CoopAssistant.Claims.Storage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopAssistant.Bot.ScaleOut;

/// <summary>
/// The Data Protection key ring's table (<c>DataProtectionKeys</c>, one row per key XML) for
/// <c>PersistKeysToDbContext</c>: every host on the database shares one key ring, so a link protected by one host is read by
/// any other and survives a redeploy. The table is created by the claims database's migrations (same columns as this model:
/// <c>Id</c>, <c>FriendlyName</c> up to 256, <c>Xml</c>); this context never migrates.
/// </summary>
public sealed class DataProtectionKeysContext(DbContextOptions<DataProtectionKeysContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The context's options on <paramref name="database"/>'s provider and connection.</summary>
    public static void Configure(DbContextOptionsBuilder options, ClaimsDatabase database)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        // Quiet like the claims database's own contexts: no log line per key-ring query (failures surface as exceptions).
        options.UseLoggerFactory(NullLoggerFactory.Instance);
        if (database.Provider == StorageProvider.PostgreSQL)
        {
            options.UseNpgsql(database.ConnectionString);
        }
        else
        {
            options.UseSqlite(database.ConnectionString);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("DataProtectionKeys");
            e.HasKey(x => x.Id);
            e.Property(x => x.FriendlyName).HasMaxLength(256);
            e.Property(x => x.Xml).IsRequired();
        });
    }
}
