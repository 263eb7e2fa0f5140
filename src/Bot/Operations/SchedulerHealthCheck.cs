using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace CoopAssistant.Bot.Operations;

/// <summary>Ready only when the Quartz scheduler runs (started, not shut down, not in standby).</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"{scheduler.SchedulerName} runs")
            : HealthCheckResult.Unhealthy($"{scheduler.SchedulerName} is {status}");
    }
}
