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
            await using var context = database.ForSystem();
            if ((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                // The schema is someone else's to apply and is not there yet: the administrators follow at the first start after.
                LogAdministratorsNotApplied();
                return;
            }
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

    /// <summary>
    /// Makes the administrators in the TenantRoles table exactly the configured ones: <c>Claims:Administrators</c> is the only
    /// source of the role, so someone removed from it (or all of them, when the list is emptied) loses the role at this start.
    /// </summary>
    private async Task SeedAdministratorsAsync(CancellationToken cancellationToken)
    {
        var configured = claims.Value.Administrators
            .Where(a => !string.IsNullOrWhiteSpace(a.TenantId) && !string.IsNullOrWhiteSpace(a.ObjectId))
            .Select(a => (TenantId: a.TenantId.Trim(), ObjectId: a.ObjectId.Trim()))
            .ToHashSet();

        await using var context = database.ForSystem();
        var stored = await context.TenantRoles
            .Where(r => r.Role == TenantRole.IncentivesAdministrator)
            .ToListAsync(cancellationToken);
        foreach (var role in stored.Where(r => !configured.Contains((r.TenantId, r.UserObjectId))))
        {
            context.TenantRoles.Remove(role);
            LogAdministratorRemoved(role.TenantId, role.UserObjectId);
        }

        foreach (var (tenantId, objectId) in configured.Where(c => !stored.Any(r => r.TenantId == c.TenantId && r.UserObjectId == c.ObjectId)))
        {
            context.TenantRoles.Add(new TenantRole { TenantId = tenantId, UserObjectId = objectId, Role = TenantRole.IncentivesAdministrator });
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Claims storage ({Provider}) migrated")]
    private partial void LogMigrated(StorageProvider provider);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Claims storage migrations skipped (Storage:SkipMigrations)")]
    private partial void LogSkipped();

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message =
        "Incentives administrator role removed from user {ObjectId} of tenant {TenantId}: no longer in Claims:Administrators")]
    private partial void LogAdministratorRemoved(string tenantId, string objectId);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message =
        "Claims:Administrators not applied: migrations are skipped (Storage:SkipMigrations) and the database has not got them yet")]
    private partial void LogAdministratorsNotApplied();
}
