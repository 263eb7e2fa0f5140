using CoopAssistant.Claims.Services;
using Quartz;

namespace CoopAssistant.Scheduling.Jobs;

/// <summary>Quartz job (hourly cron, one firing per cluster): claims still being prepared whose deadline day has ended in their
/// owner's time zone become Expired (<see cref="IClaimMaintenance.ExpireOverdueAsync(CancellationToken)"/>); each change goes
/// through the claim unit of work, so a host that runs it twice changes nothing the second time.</summary>
[DisallowConcurrentExecution]
public sealed class ExpireOverdueClaimsJob(IClaimMaintenance maintenance) : IJob
{
    public static readonly JobKey Key = new("expire-overdue-claims", "coop");

    public static readonly TriggerKey TriggerKey = new("expire-overdue-claims-cron", "coop");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await maintenance.ExpireOverdueAsync(cancellationToken);

    /// <summary>The job and its cron trigger (UTC), as the host registers them.</summary>
    public static void Register(IQuartzBuilder quartz, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(options);
        quartz.AddJob<ExpireOverdueClaimsJob>(j => j.WithIdentity(Key).StoreDurably());
        quartz.AddTrigger(t => t.ForJob(Key).WithIdentity(TriggerKey)
            .WithCronSchedule(options.ExpiryCron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
