using CoopAssistant.Scheduling.Jobs;
using Microsoft.Extensions.Hosting;
using Quartz;
using Quartz.Extensibility;
using Quartz.Impl;

namespace CoopAssistant.Scheduling.Tests.Jobs;

/// <summary>Every job store call Quartz's scheduler thread (or a finishing job) makes and its shutdown waits for ends once the
/// host has been stopping for <see cref="StoreRetryCutoff.AfterStopping"/>, even when the store would retry forever; before
/// that, nothing is cut off.</summary>
public sealed class StopBoundedJobStoreTests
{
    [Fact]
    public async Task CallsThatWouldRetryForever_AreCutOffAfterTheHostStartsStopping_AndNotBefore()
    {
        var lifetime = new Lifetime();
        using var cutoff = new StoreRetryCutoff(lifetime);
        var store = new StopBoundedJobStore(new DatabaseGoneStore(), cutoff);
        var trigger = (IOperableTrigger)TriggerBuilder.Create().WithIdentity("t").StartNow().Build();
        var job = JobBuilder.Create<NoJob>().WithIdentity("j").Build();
        var request = new TriggerAcquisitionRequest { NoLaterThan = DateTimeOffset.UtcNow };
        var calls = new Dictionary<string, Task>
        {
            ["AcquireNextTriggers"] = store.AcquireNextTriggers(request).AsTask(),
            ["AcquireNextTriggersAndFireDue"] = store.AcquireNextTriggersAndFireDue(request).AsTask(),
            ["TriggersFired"] = store.TriggersFired([trigger]).AsTask(),
            ["ReleaseAcquiredTrigger"] = store.ReleaseAcquiredTrigger(trigger).AsTask(),
            ["TriggeredJobComplete"] = store.TriggeredJobComplete(trigger, job, SchedulerInstruction.NoInstruction).AsTask(),
            ["FiringComplete"] = store.FiringComplete(new TriggeredJobCompleteContext { Trigger = trigger, JobDetail = job, Instruction = SchedulerInstruction.NoInstruction }).AsTask(),
        };

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(calls, c => c.Value.IsCompleted);

        lifetime.StopApplication();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(calls, c => c.Value.IsCompleted); // a database that comes back within the cut-off is still waited for

        foreach (var (name, call) in calls)
        {
            var error = await Record.ExceptionAsync(() => call.WaitAsync(TimeSpan.FromSeconds(60)));
            Assert.True(error is OperationCanceledException, $"{name}: {error?.GetType().Name ?? "completed"}");
        }
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => _stopping.Cancel();
    }

    /// <summary>A store whose database never answers: each call waits until its token is cancelled (Quartz's ADO.NET store
    /// retries until then, or until it is shut down, which its scheduler's shutdown does only after these calls return).</summary>
    private sealed class DatabaseGoneStore() : DelegatingJobStore(null!)
    {
        public override async ValueTask<List<IOperableTrigger>> AcquireNextTriggers(TriggerAcquisitionRequest request, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return [];
        }

        public override async ValueTask<TriggerAcquisitionResult> AcquireNextTriggersAndFireDue(TriggerAcquisitionRequest request, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new TriggerAcquisitionResult();
        }

        public override async ValueTask<List<TriggerFiredResult>> TriggersFired(IReadOnlyCollection<IOperableTrigger> triggers, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return [];
        }

        public override async ValueTask ReleaseAcquiredTrigger(IOperableTrigger trigger, CancellationToken cancellationToken = default) =>
            await Task.Delay(Timeout.Infinite, cancellationToken);

        public override async ValueTask TriggeredJobComplete(
            IOperableTrigger trigger, IJobDetail jobDetail, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default) =>
            await Task.Delay(Timeout.Infinite, cancellationToken);

        public override async ValueTask FiringComplete(TriggeredJobCompleteContext context, CancellationToken cancellationToken = default) =>
            await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    private sealed class NoJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
