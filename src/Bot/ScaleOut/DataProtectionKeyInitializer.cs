using CoopAssistant.Claims.ScaleOut;
using CoopAssistant.Claims.Storage;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Bot.ScaleOut;

/// <summary>Makes sure the shared key ring has a key before the host serves anything, one host at a time on PostgreSQL
/// (an advisory lock), so hosts starting together on an empty database do not each make their own first key and then
/// refuse each other's links until their key rings refresh.</summary>
internal sealed class DataProtectionKeyInitializer(ClaimsDatabase database, IKeyManager keys, TimeProvider time) : IHostedLifecycleService
{
    private const long LockId = 0x436f_6f70_4450; // "CoopDP"

    public Task StartingAsync(CancellationToken cancellationToken) =>
        database.RunExclusiveAsync(LockId, async context =>
        {
            if (!await context.Set<DataProtectionKeyEntity>().AnyAsync(cancellationToken))
            {
                var now = time.GetUtcNow();
                keys.CreateNewKey(now, now.AddDays(90));
            }
        }, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
