using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace CoopAssistant.Claims.Storage;

/// <summary>Creates tenant-scoped and system contexts for the configured provider. Registered as a singleton by <c>AddClaims</c>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The write gate's SemaphoreSlim never creates a wait handle (AvailableWaitHandle is not used), so it holds nothing to dispose.")]
public sealed class ClaimsDatabase
{
    public const string ConnectionStringName = "CoopAssistant";
    public const string DefaultConnectionString = "Data Source=data/coopassistant.db";

    // Pooled contexts: a context's internal services are built once and reused, not resolved again for every unit of work.
    private readonly PooledDbContextFactory<SqliteClaimsDbContext>? _sqlite;
    private readonly PooledDbContextFactory<PostgresClaimsDbContext>? _postgres;

    // SQLite: this process's writers to the file take turns here (see SqliteClaimsDbContext) instead of polling SQLITE_BUSY.
    private readonly SemaphoreSlim _sqliteWriteGate = new(1, 1);
    private readonly SqlitePragmaInterceptor _sqlitePragmas = new();

    /// <param name="interceptors">Extra EF Core interceptors for every context (diagnostics; tests use one to cap the SQLite file size).</param>
    public ClaimsDatabase(StorageProvider provider, string connectionString, params IInterceptor[] interceptors)
    {
        ArgumentNullException.ThrowIfNull(interceptors);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = provider;
        ConnectionString = connectionString;
        if (provider == StorageProvider.PostgreSQL)
        {
            _postgres = new(new DbContextOptionsBuilder<PostgresClaimsDbContext>().UseNpgsql(connectionString).AddInterceptors(interceptors).Options);
        }
        else
        {
            _sqlite = new(new DbContextOptionsBuilder<SqliteClaimsDbContext>()
                .UseSqlite(connectionString)
                .AddInterceptors([_sqlitePragmas, .. interceptors])
                .Options);
        }
    }

    public StorageProvider Provider { get; }

    /// <summary>SQLite: whether commits leave WAL checkpoints to <see cref="SqliteCheckpointer"/> (connections opened from now on).</summary>
    internal bool DeferSqliteCheckpoints
    {
        get => _sqlitePragmas.DeferCheckpoints;
        set => _sqlitePragmas.DeferCheckpoints = value;
    }

    public string ConnectionString { get; }

    /// <summary>A context that only ever sees and writes rows of <paramref name="tenantId"/>.</summary>
    public ClaimsDbContext ForTenant(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return Create(tenantId);
    }

    /// <summary>A context for system work (migrations, reminders, conversation rows): tenant rows are invisible unless a
    /// query calls <c>IgnoreQueryFilters()</c> on purpose.</summary>
    public ClaimsDbContext ForSystem() => Create(null);

    /// <summary>
    /// Runs <paramref name="work"/> on a system context while no other host runs work under the same <paramref name="lockId"/>:
    /// on PostgreSQL inside a transaction that holds a transaction-scoped advisory lock (committed after the work); on
    /// SQLite (one host) directly.
    /// </summary>
    public async Task RunExclusiveAsync(long lockId, Func<ClaimsDbContext, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var context = ForSystem();
        var shared = Provider == StorageProvider.PostgreSQL;
        await using var transaction = shared ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
        if (shared)
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({lockId})", cancellationToken);
        }

        await work(context);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Creates or upgrades the schema (and, on SQLite, switches the file to WAL first).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await EnsureJournalAsync(cancellationToken);
        await using var context = ForSystem();
        await context.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>SQLite: puts the database file in WAL mode (persistent in the file; creates the file if needed). No-op on PostgreSQL.</summary>
    public async Task EnsureJournalAsync(CancellationToken cancellationToken)
    {
        if (Provider != StorageProvider.Sqlite)
        {
            return;
        }

        await using var context = ForSystem();
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Builds the database from <c>ConnectionStrings:CoopAssistant</c> and <c>Storage:Provider</c>; a relative SQLite
    /// path is resolved against <paramref name="contentRootPath"/> and its folder is created.</summary>
    public static ClaimsDatabase FromConfiguration(IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = DefaultConnectionString;
        }

        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var provider = options.Provider ?? InferProvider(connectionString);
        if (provider == StorageProvider.Sqlite)
        {
            connectionString = PrepareSqlite(connectionString, contentRootPath);
        }

        return new ClaimsDatabase(provider, connectionString);
    }

    /// <summary>PostgreSQL when the connection string names a host or server (Npgsql style), SQLite otherwise.</summary>
    public static StorageProvider InferProvider(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return builder.ContainsKey("Host") || builder.ContainsKey("Server") ? StorageProvider.PostgreSQL : StorageProvider.Sqlite;
    }

    /// <summary>Makes a relative Data Source absolute under <paramref name="contentRootPath"/> and creates its folder.</summary>
    public static string PrepareSqlite(string connectionString, string contentRootPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRootPath);
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(dataSource) || dataSource.StartsWith(':'))
        {
            return builder.ToString();
        }

        var path = Path.IsPathRooted(dataSource) ? dataSource : Path.GetFullPath(Path.Combine(contentRootPath, dataSource));
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.DataSource = path;
        return builder.ToString();
    }

    private ClaimsDbContext Create(string? tenantId)
    {
        if (_postgres is not null)
        {
            var postgres = _postgres.CreateDbContext();
            postgres.Scope(tenantId);
            return postgres;
        }

        var sqlite = _sqlite!.CreateDbContext();
        sqlite.Scope(tenantId, _sqliteWriteGate);
        return sqlite;
    }
}
