using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Scheduling.Schema;

/// <summary>Creates Quartz's tables (and the blocked-recipient table) in <see cref="StartingAsync"/>, before Quartz starts.</summary>
internal sealed class SchedulingStorageInitializer(ClaimsDatabase database) : IHostedLifecycleService
{
    private const long SchemaLockId = 0x436f_6f70_5154; // "CoopQT"

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        // Hosts starting together on a new PostgreSQL database take turns: concurrent CREATE … IF NOT EXISTS can still collide.
        var shared = database.Provider == StorageProvider.PostgreSQL;
        await using var transaction = shared ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
        if (shared)
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SchemaLockId})", cancellationToken);
        }

        foreach (var statement in QuartzSchema.Statements(database.Provider))
        {
#pragma warning disable EF1002 // Constant DDL from QuartzSchema, no user input.
            await context.Database.ExecuteSqlRawAsync(statement, cancellationToken);
#pragma warning restore EF1002
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
