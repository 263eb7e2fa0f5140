using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Counters;
using CoopAssistant.Claims.Findings;
using CoopAssistant.Claims.History;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Claims.Services;

/// <summary>The unit of work's writing half: the history entry, the saves (with the fund ledger, counters and review marks), the
/// observers and their follow-ups, and the logs.</summary>
internal sealed partial class ClaimUnitOfWork
{
    private void AddEntry(ClaimsDbContext context, ClaimActor actor, Claim claim, ClaimChangeInfo info)
    {
        var now = time.GetUtcNow();
        context.ClaimHistory.Add(new ClaimHistoryEntry
        {
            Id = Guid.CreateVersion7(now),
            TenantId = claim.TenantId,
            ClaimId = claim.Id,
            ClaimVersion = claim.Version,
            At = now,
            ActorObjectId = actor.Caller?.UserObjectId,
            ActorName = actor.Caller is { } caller ? caller.DisplayName : null,
            Action = info.Action,
            Changes = ClaimChangeDescriber.Serialize(ClaimChangeDescriber.Describe(context.ChangeTracker, claim.Id)),
            Note = info.Note,
            SourceLink = info.SourceLink?.ToString(),
            SourceDate = info.SourceDate,
        });
    }

    /// <summary>Saves the tracked changes and, in the same transaction, the review request marks (<see cref="ReviewRequests"/>: not
    /// checked against the review row's revision, so a review saved meanwhile is no conflict) and, when the fund ledger or the claim
    /// counters move, their increments (funds in id order, counters in key order, so two changes never wait for each other in
    /// opposite orders).</summary>
    private static async Task SaveAsync(
        ClaimsDbContext context, string tenantId, IReadOnlyList<FundDelta> deltas, IReadOnlyList<CounterDelta> counters, CancellationToken cancellationToken)
    {
        var marks = ReviewRequests.Detach(context);
        if (deltas.Count == 0 && counters.Count == 0 && marks.Count == 0)
        {
            await context.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var writing = await context.EnterWriteAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await WriteAsync(context, tenantId, deltas, counters, marks, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary><see cref="SaveAsync"/>'s writes inside a transaction the caller holds (and commits).</summary>
    private static Task WriteAsync(
        ClaimsDbContext context, string tenantId, IReadOnlyList<FundDelta> deltas, IReadOnlyList<CounterDelta> counters, CancellationToken cancellationToken) =>
        WriteAsync(context, tenantId, deltas, counters, ReviewRequests.Detach(context), cancellationToken);

    private static async Task WriteAsync(
        ClaimsDbContext context, string tenantId, IReadOnlyList<FundDelta> deltas, IReadOnlyList<CounterDelta> counters,
        IReadOnlyList<ReviewRequestMark> marks, CancellationToken cancellationToken)
    {
        await context.SaveChangesAsync(cancellationToken);
        await ReviewRequests.WriteAsync(context, marks, cancellationToken);
        foreach (var delta in deltas)
        {
            var (preparing, submitted, approved, paid) = (delta.Preparing, delta.Submitted, delta.Approved, delta.Paid);
            await context.Funds.Where(f => f.Id == delta.FundId).ExecuteUpdateAsync(
                set => set.SetProperty(f => f.PreparingCents, f => f.PreparingCents + preparing)
                    .SetProperty(f => f.SubmittedCents, f => f.SubmittedCents + submitted)
                    .SetProperty(f => f.ApprovedCents, f => f.ApprovedCents + approved)
                    .SetProperty(f => f.PaidCents, f => f.PaidCents + paid),
                cancellationToken);
        }

        await ClaimCounters.ApplyAsync(context, tenantId, counters, cancellationToken);
    }

    /// <summary>Lets every observer add its rows to the claim's unit of work (one transaction); returns those to call after the commit.</summary>
    private async Task<List<IClaimChangeObserver>> ObserveAsync(ClaimsDbContext context, Claim claim, bool isNew, CancellationToken cancellationToken)
    {
        var followUps = new List<IClaimChangeObserver>();
        foreach (var observer in observers)
        {
            if (await observer.OnClaimChangingAsync(context, claim, isNew, cancellationToken))
            {
                followUps.Add(observer);
            }
        }

        return followUps;
    }

    private async Task FollowUpAsync(List<IClaimChangeObserver> followUps, string tenantId, Guid claimId, CancellationToken cancellationToken)
    {
        foreach (var observer in followUps)
        {
            try
            {
                await observer.OnClaimSavedAsync(tenantId, claimId, cancellationToken);
            }
#pragma warning disable CA1031 // A follow-up (e.g. waking the dispatcher) must never fail the user's committed change; it is logged.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogObserverFailed(ex, claimId);
            }
        }
    }

    private async Task<bool> VersionMovedAsync(string tenantId, Guid claimId, long expectedVersion, CancellationToken cancellationToken)
    {
        await using var context = database.ForTenant(tenantId);
        return await context.Claims.AsNoTracking().Where(c => c.Id == claimId).Select(c => (long?)c.Version).FirstOrDefaultAsync(cancellationToken) != expectedVersion;
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Claim {ClaimId} created in tenant {TenantId}")]
    private partial void LogCreated(Guid claimId, string tenantId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Claim {ClaimId}: stale version {ExpectedVersion} (stored {StoredVersion}); change refused")]
    private partial void LogConflict(Guid claimId, long expectedVersion, long storedVersion);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "A claim change observer failed for claim {ClaimId}")]
    private partial void LogObserverFailed(Exception exception, Guid claimId);
}
