using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Storage;

/// <summary>
/// The SQLite flavour (its own migrations in Storage/Migrations/Sqlite). With a write gate (one per
/// <see cref="ClaimsDatabase"/>, that is per file and process), each <c>SaveChanges</c> waits its turn in arrival order:
/// SQLite has a single writer, and writers that collide instead meet <c>SQLITE_BUSY</c>, whose handler polls with growing
/// sleeps (1, 2, 5, 10, … ms) — most of the tail latency of concurrent turns. A save inside an explicit transaction is not
/// gated (its transaction may already hold the file's write lock). Other processes and <c>ExecuteUpdate</c> still rely on the busy timeout.
/// </summary>
public sealed class SqliteClaimsDbContext(DbContextOptions<SqliteClaimsDbContext> options) : ClaimsDbContext(options)
{
    private SemaphoreSlim? _writeGate;

    /// <summary>Scopes the context and gives it its database's write gate (null: not gated).</summary>
    internal void Scope(string? tenantId, SemaphoreSlim? gate)
    {
        Scope(tenantId);
        _writeGate = gate;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (_writeGate is null || Database.CurrentTransaction is not null)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        _writeGate.Wait();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_writeGate is null || Database.CurrentTransaction is not null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    internal override async ValueTask<IAsyncDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        if (_writeGate is not { } gate)
        {
            return await base.EnterWriteAsync(cancellationToken);
        }

        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
