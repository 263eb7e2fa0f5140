using Quartz;

namespace CoopAssistant.Scheduling.Funds;

/// <summary>Quartz job (hourly cron, one firing per cluster): <see cref="FundsAtRiskRunner"/>.</summary>
[DisallowConcurrentExecution]
public sealed class FundsAtRiskJob(FundsAtRiskRunner runner) : IJob
{
    public static readonly JobKey Key = new("funds-at-risk", "coop");

    public static readonly TriggerKey TriggerKey = new("funds-at-risk-cron", "coop");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runner.RunAsync(cancellationToken);

    /// <summary>The job and its cron trigger (UTC), as the host registers them (and tests, on a fake clock).</summary>
    public static void Register(IQuartzBuilder quartz, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(options);
        quartz.AddJob<FundsAtRiskJob>(j => j.WithIdentity(Key).StoreDurably());
        quartz.AddTrigger(t => t.ForJob(Key).WithIdentity(TriggerKey)
            .WithCronSchedule(options.FundsAtRiskCron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
