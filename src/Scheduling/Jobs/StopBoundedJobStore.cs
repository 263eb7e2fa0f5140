using Quartz;
using Quartz.Extensibility;
using Quartz.Impl;

namespace CoopAssistant.Scheduling.Jobs;

/// <summary>
/// Quartz's database job store retries two kinds of call until the database answers or the store is shut down: handing
/// back a trigger the scheduler acquired but will not fire, and recording that a job finished. Quartz's shutdown waits for
/// its scheduler thread before it shuts the store down, and that thread hands triggers back without a cancellation token:
/// with the database gone, the host never finished stopping, and SIGTERM did not end it. This decorator gives those calls a
/// token that fires <see cref="StoreRetryCutoff.AfterStopping"/> after the host begins to stop, so a dead database costs the
/// stop at most that long. What could not be written is recovered as after a crash: Quartz puts its own acquired triggers
/// back when the scheduler starts again, a cluster peer recovers a stopped node's after its check-ins lapse, and a reminder
/// row whose lease was held is sent by whichever host leases it once the lease expires.
/// </summary>
internal sealed class StopBoundedJobStore(IJobStore store, StoreRetryCutoff cutoff) : DelegatingJobStore(store)
{
    public override async ValueTask ReleaseAcquiredTrigger(IOperableTrigger trigger, CancellationToken cancellationToken = default)
    {
        using var bounded = cutoff.Bound(cancellationToken);
        await base.ReleaseAcquiredTrigger(trigger, bounded.Token);
    }

    public override async ValueTask TriggeredJobComplete(
        IOperableTrigger trigger, IJobDetail jobDetail, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default)
    {
        using var bounded = cutoff.Bound(cancellationToken);
        await base.TriggeredJobComplete(trigger, jobDetail, triggerInstructionCode, bounded.Token);
    }

    public override async ValueTask FiringComplete(TriggeredJobCompleteContext context, CancellationToken cancellationToken = default)
    {
        using var bounded = cutoff.Bound(cancellationToken);
        await base.FiringComplete(context, bounded.Token);
    }
}
