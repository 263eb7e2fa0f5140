using System.Diagnostics;
using System.Globalization;
using CoopAssistant.Bench;
using CoopAssistant.Claims;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Scheduling;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Scheduling.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Reminders.Bench;

/// <summary>Re-planning with storage (load claim, zone, existing keys, cancel, insert rows) for claims already seeded.</summary>
internal static class StoragePlanningBench
{
    public static async Task RunAsync(string connectionString, string contentRoot, int take)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:CoopAssistant"] = connectionString, ["RateLimits:ClaimsPerUserPerDay"] = "100000", ["RateLimits:ClaimsPerTenantPerDay"] = "1000000" }).Build();
        var services = new ServiceCollection().AddLogging().AddClaims(configuration, contentRoot);
        services.AddReminderCore();
        services.AddSingleton<IDispatchTrigger, NoTrigger>();
        services.AddSingleton<IReminderSender, NoSender>();
        await using var provider = services.BuildServiceProvider();
        List<(string TenantId, Guid Id)> claims;
        await using (var context = provider.GetRequiredService<ClaimsDatabase>().ForSystem())
        {
            claims = [.. (await context.Claims.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id).Take(take).Select(c => new { c.TenantId, c.Id }).ToListAsync())
                .Select(c => (c.TenantId, c.Id))];
        }

        var planning = provider.GetRequiredService<ReminderPlanWriter>();
        var watch = Stopwatch.StartNew();
        var added = 0;
        foreach (var (tenantId, id) in claims)
        {
            added += await planning.PlanAsync(tenantId, id, CancellationToken.None);
        }

        var first = watch.Elapsed;
        watch.Restart();
        foreach (var (tenantId, id) in claims)
        {
            await planning.PlanAsync(tenantId, id, CancellationToken.None);
        }

        var again = watch.Elapsed;
        BenchResults.Add("Reminders", "plan + store on SQLite, first plan (per claim, sequential)", "result", first.TotalMilliseconds / claims.Count, "ms");
        BenchResults.Add("Reminders", "plan + store on SQLite, re-plan unchanged (per claim)", "result", again.TotalMilliseconds / claims.Count, "ms");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"plan+store (SQLite, sequential): first plan of {claims.Count:N0} claims {first.TotalMilliseconds / claims.Count:F2} ms/claim ({added:N0} rows), re-plan unchanged {again.TotalMilliseconds / claims.Count:F2} ms/claim; 1,000,000 claims ~ {first.TotalHours / claims.Count * 1_000_000:F1} h first plan, {again.TotalHours / claims.Count * 1_000_000:F1} h re-plan"));
    }

    private sealed class NoTrigger : IDispatchTrigger
    {
        public Task TriggerAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class NoSender : IReminderSender
    {
        public Task<Result<Done, SendFailure>> SendAsync(ReminderMessage message, CancellationToken cancellationToken) => Task.FromResult<Result<Done, SendFailure>>(Done.Value);

        public Task<Result<Done, SendFailure>> SendDigestAsync(DigestMessage message, CancellationToken cancellationToken) => Task.FromResult<Result<Done, SendFailure>>(Done.Value);

        public Task<Result<Done, SendFailure>> SendChannelDigestAsync(DigestMessage message, CancellationToken cancellationToken) => Task.FromResult<Result<Done, SendFailure>>(Done.Value);
    }
}
