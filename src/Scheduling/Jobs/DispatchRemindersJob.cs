using CoopAssistant.Scheduling.Dispatch;
using Quartz;

namespace CoopAssistant.Scheduling.Jobs;

/// <summary>Quartz job: sends every due reminder. Never two at once on a node (the lease keeps several nodes apart).</summary>
[DisallowConcurrentExecution]
public sealed class DispatchRemindersJob(ReminderDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("dispatch-reminders", "coop");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.DispatchDueAsync(cancellationToken);
}
