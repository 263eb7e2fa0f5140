using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Scheduling.Schema;

/// <summary>Creates Quartz's tables (and the blocked-recipient table) in <see cref="StartingAsync"/>, before Quartz starts.</summary>
internal sealed class SchedulingStorageInitializer(ClaimsDatabase database) : IHostedLifecycleService
{
    private const long SchemaLockId = 0x436f_6f70_5154; // "CoopQT"

    // Hosts starting together on a new PostgreSQL database take turns: concurrent CREATE … IF NOT EXISTS can still collide.
    public Task StartingAsync(CancellationToken cancellationToken) =>
        database.RunExclusiveAsync(SchemaLockId, async context =>
        {
            foreach (var statement in QuartzSchema.Statements(database.Provider))
            {
#pragma warning disable EF1002 // Constant DDL from QuartzSchema, no user input.
                await context.Database.ExecuteSqlRawAsync(statement, cancellationToken);
#pragma warning restore EF1002
            }
        }, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
