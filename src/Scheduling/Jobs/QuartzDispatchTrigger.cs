using CoopAssistant.Scheduling.Dispatch;
using Quartz;

namespace CoopAssistant.Scheduling.Jobs;

internal sealed class QuartzDispatchTrigger(ISchedulerFactory schedulers) : IDispatchTrigger
{
    public async Task TriggerAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(DispatchRemindersJob.Key, cancellationToken);
    }
}
