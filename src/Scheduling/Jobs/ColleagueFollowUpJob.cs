using CoopAssistant.Scheduling.Dispatch;
using Quartz;

namespace CoopAssistant.Scheduling.Jobs;

/// <summary>Quartz job (<see cref="ReminderOptions.ColleagueFollowUpCron"/>, one firing per cluster): <see cref="IColleagueFollowUps"/>.</summary>
[DisallowConcurrentExecution]
public sealed class ColleagueFollowUpJob(IColleagueFollowUps followUps) : IJob
{
    public static readonly JobKey Key = new("colleague-follow-ups", "coop");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await followUps.SendDueAsync(cancellationToken);

    public static void Register(IQuartzBuilder quartz, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(options);
        quartz.AddJob<ColleagueFollowUpJob>(j => j.WithIdentity(Key).StoreDurably());
        quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("colleague-follow-ups-cron", "coop")
            .WithCronSchedule(options.ColleagueFollowUpCron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
