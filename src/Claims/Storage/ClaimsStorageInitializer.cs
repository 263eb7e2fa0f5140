using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Storage;

/// <summary>Applies migrations (unless <c>Storage:SkipMigrations</c>) and seeds configured administrators in
/// <see cref="StartingAsync"/>, i.e. before any hosted service's StartAsync.</summary>
internal sealed partial class ClaimsStorageInitializer(
    ClaimsDatabase database, IOptions<StorageOptions> storage, IOptions<ClaimsOptions> claims, ILogger<ClaimsStorageInitializer> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (storage.Value.SkipMigrations)
        {
            await database.EnsureJournalAsync(cancellationToken);
            LogSkipped();
        }
        else
        {
            await database.MigrateAsync(cancellationToken);
            LogMigrated(database.Provider);
        }

        await SeedAdministratorsAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAdministratorsAsync(CancellationToken cancellationToken)
    {
        var entries = claims.Value.Administrators
            .Where(a => !string.IsNullOrWhiteSpace(a.TenantId) && !string.IsNullOrWhiteSpace(a.ObjectId))
            .Select(a => (TenantId: a.TenantId.Trim(), ObjectId: a.ObjectId.Trim()))
            .Distinct()
            .ToList();
        if (entries.Count == 0)
        {
            return;
        }

        await using var context = database.ForSystem();
        foreach (var (tenantId, objectId) in entries)
        {
            var exists = await context.TenantRoles.AnyAsync(
                r => r.TenantId == tenantId && r.UserObjectId == objectId && r.Role == TenantRole.IncentivesAdministrator, cancellationToken);
            if (!exists)
            {
                context.TenantRoles.Add(new TenantRole { TenantId = tenantId, UserObjectId = objectId, Role = TenantRole.IncentivesAdministrator });
            }
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Claims storage ({Provider}) migrated")]
    private partial void LogMigrated(StorageProvider provider);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Claims storage migrations skipped (Storage:SkipMigrations)")]
    private partial void LogSkipped();
}
