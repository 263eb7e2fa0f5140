using CoopAssistant.Claims.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoopAssistant.Bot.Operations;

/// <summary>Ready only when the claims database answers.</summary>
public sealed class DatabaseHealthCheck(ClaimsDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = database.ForSystem();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{database.Provider} answers")
            : HealthCheckResult.Unhealthy($"{database.Provider} does not answer");
    }
}
