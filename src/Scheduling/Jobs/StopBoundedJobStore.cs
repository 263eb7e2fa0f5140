using Quartz;
using Quartz.Extensibility;
using Quartz.Impl;

namespace CoopAssistant.Scheduling.Jobs;

/// <summary>
/// Quartz's shutdown waits for its scheduler thread before it shuts the job store down, and that thread calls the store
/// without a cancellation token. Against a dead database the store's calls can retry until the store is shut down: handing
/// back an acquired trigger and recording a finished job retry until the database answers, and acquiring or firing
/// triggers re-checks a commit whose outcome the lost connection left unknown. So with the database gone the host never
/// finished stopping, and SIGTERM did not end it. This decorator gives those calls a token that also fires
/// <see cref="StoreRetryCutoff.AfterStopping"/> after the host begins to stop, so a dead database costs the stop at most
/// that long. What could not be written is recovered as after a crash: Quartz puts its own acquired triggers back when the
/// scheduler starts again, a cluster peer recovers a stopped node's after its check-ins lapse, and a reminder row whose
/// lease was held is sent by whichever host leases it once the lease expires.
/// </summary>
internal sealed class StopBoundedJobStore(IJobStore store, StoreRetryCutoff cutoff) : DelegatingJobStore(store)
{
    public override async ValueTask<List<IOperableTrigger>> AcquireNextTriggers(TriggerAcquisitionRequest request, CancellationToken cancellationToken = default)
    {
        using var bounded = cutoff.Bound(cancellationToken);
        return await base.AcquireNextTriggers(request, bounded.Token);
    }

    /// <summary>Forwarded to the store itself (the base class only acquires), so that it still fires what is due as it acquires it.</summary>
    public override async ValueTask<TriggerAcquisitionResult> AcquireNextTriggersAndFireDue(TriggerAcquisitionRequest request, CancellationToken cancellationToken = default)
    {
        using var bounded = cutoff.Bound(cancellationToken);
        return await InnerJobStore.AcquireNextTriggersAndFireDue(request, bounded.Token);
    }

    public override async ValueTask<List<TriggerFiredResult>> TriggersFired(IReadOnlyCollection<IOperableTrigger> triggers, CancellationToken cancellationToken = default)
    {
        using var bounded = cutoff.Bound(cancellationToken);
        return await base.TriggersFired(triggers, bounded.Token);
    }

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
