using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Validation;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Services;

/// <summary>
/// The one way a claim change is retried after a version conflict (<see cref="ClaimOutcome.Conflict"/>: someone else changed the
/// claim since it was read): the claim is read again and the change runs on the fresh version, at most
/// <see cref="ClaimConflictRetryOptions.MaxRetries"/> times, waiting <see cref="ClaimConflictRetryOptions.Backoff"/> (doubled each
/// time) in between. The service still checks everything on each try (access, editability), so a claim that became read-only
/// meanwhile is refused, not overwritten.
/// </summary>
public sealed class ClaimConflictRetry(IClaimService claims, IOptions<ClaimConflictRetryOptions> options, TimeProvider time)
{
    /// <summary>Records <paramref name="evidence"/> on <paramref name="claim"/> (the version the caller read), retrying on a conflict.</summary>
    public Task<ClaimResult<ClaimView>> RecordEvidenceAsync(ClaimsCaller caller, ClaimView claim, NewEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(evidence);
        return RunAsync(caller, claim.Id, claim, (fresh, ct) => claims.AddEvidenceAsync(caller, fresh.Id, fresh.Version, evidence, ct), cancellationToken);
    }

    /// <summary>Runs <paramref name="change"/> on <paramref name="read"/> (or, when null, on the claim read now), and again on a
    /// fresh read after each conflict. A failed read (not found, no access) is returned as it is.</summary>
    public async Task<ClaimResult<ClaimView>> RunAsync(
        ClaimsCaller caller,
        Guid claimId,
        ClaimView? read,
        Func<ClaimView, CancellationToken, Task<ClaimResult<ClaimView>>> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(change);
        var policy = options.Value;
        var delay = policy.Backoff;
        for (var attempt = 0; ; attempt++)
        {
            if (read is null)
            {
                var current = await claims.GetAsync(caller, claimId, cancellationToken);
                if (current is not { IsOk: true, Value: { } fresh })
                {
                    return current;
                }

                read = fresh;
            }

            var result = await change(read, cancellationToken);
            if (result.Outcome != ClaimOutcome.Conflict || attempt >= policy.MaxRetries)
            {
                return result;
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken);
                delay *= 2;
            }

            read = null;
        }
    }
}
