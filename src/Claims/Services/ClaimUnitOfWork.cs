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

/// <summary>
/// The one way a claim is created or changed. One transaction holds: the claim's own change, exactly one history entry (who,
/// when, what: the action, the field changes old → new read from the change tracker, the note and source link), the fund
/// ledger's deltas, and the rows the <see cref="IClaimChangeObserver"/>s add (reminders). Stale versions are refused; observers'
/// follow-ups run after the commit. <see cref="ClaimsDbContext"/> refuses any save that changes a claim without its entry.
/// </summary>
internal sealed partial class ClaimUnitOfWork(
    ClaimsDatabase database, TimeProvider time, IEnumerable<IClaimChangeObserver> observers, IEnumerable<IClaimTurnObserver> turnObservers,
    ILogger<ClaimUnitOfWork> logger)
{
    public ClaimsDatabase Database => database;

    /// <summary>
    /// Saves a new claim (version 1) with its "created" entry. One transaction holds the turn of the tenant's claims of its activity
    /// type (<see cref="ClaimsDbContext.LockClaimsOfTypeAsync"/>; SQLite: the write gate and <c>BEGIN IMMEDIATE</c>), then
    /// <paramref name="prepare"/> — which reads the other claims for the caps, may set more on the claim, and may refuse it — and the
    /// insert: two creates that each fit a cap alone but not together cannot both read the others before either inserts.
    /// </summary>
    public async Task<ClaimResult<ClaimView>> CreateAsync(
        ClaimActor actor, Claim claim, Func<ClaimsDbContext, Claim, CancellationToken, Task<ClaimResult<ClaimView>?>> prepare, CancellationToken cancellationToken)
    {
        await using var context = database.ForTenant(actor.TenantId);
        // One connection for the reads and the insert instead of one per statement group.
        await context.Database.OpenConnectionAsync(cancellationToken);
        foreach (var observer in turnObservers)
        {
            observer.OnWaitingForTurn(actor.TenantId, claim.ActivityType);
        }

        List<IClaimChangeObserver> followUps;
        await using (var writing = await context.EnterWriteAsync(cancellationToken))
        await using (var transaction = await context.Database.BeginTransactionAsync(cancellationToken))
        {
            await context.LockClaimsOfTypeAsync(actor.TenantId, claim.ActivityType, cancellationToken);
            if (await prepare(context, claim, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            claim.Version = 1;
            claim.RecomputeDerivedDates();
            context.Claims.Add(claim);
            AddEntry(context, actor, claim, new ClaimChangeInfo(ClaimAction.Created));
            followUps = await ObserveAsync(context, claim, isNew: true, cancellationToken);
            await WriteAsync(context, claim.TenantId, FundLedger.Deltas(null, FundLedger.Contribution(claim)), ClaimCounters.Deltas(null, CounterShare.Of(claim)), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        LogCreated(claim.Id, actor.TenantId);
        await FollowUpAsync(followUps, claim.TenantId, claim.Id, cancellationToken);
        return ClaimResult.Ok(ClaimView.From(claim) with { Fund = await Funds.FundStandings.ForAsync(context, claim, cancellationToken) });
    }

    /// <summary>
    /// Loads the claim the actor may change (404 otherwise), refuses a stale <paramref name="expectedVersion"/>, runs
    /// <paramref name="change"/> on the tracked claim (its evidence and requests loaded) and saves it with its entry.
    /// </summary>
    public Task<ClaimResult<ClaimView>> MutateAsync(
        ClaimActor actor, Guid claimId, long expectedVersion, Func<Claim, ClaimsDbContext, CancellationToken, ValueTask<ClaimStep>> change, CancellationToken cancellationToken) =>
        MutateAsync(actor, claimId, expectedVersion, null, change, cancellationToken);

    /// <summary>As above; with <paramref name="lockClaimsOf"/>, the whole change — <paramref name="change"/>'s reads of the other
    /// claims for the caps included — runs in one transaction holding the turn of the tenant's claims of that type (as a create does).</summary>
    public async Task<ClaimResult<ClaimView>> MutateAsync(
        ClaimActor actor, Guid claimId, long expectedVersion, ActivityType? lockClaimsOf, Func<Claim, ClaimsDbContext, CancellationToken, ValueTask<ClaimStep>> change,
        CancellationToken cancellationToken)
    {
        if (actor.Caller is { } caller && !ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.NotFound<ClaimView>();
        }

        await using var context = database.ForTenant(actor.TenantId);
        await context.Database.OpenConnectionAsync(cancellationToken);
        if (lockClaimsOf is { } waitingFor)
        {
            foreach (var observer in turnObservers)
            {
                observer.OnWaitingForTurn(actor.TenantId, waitingFor);
            }
        }

        await using var writing = lockClaimsOf is null ? null : await context.EnterWriteAsync(cancellationToken);
        await using var transaction = lockClaimsOf is null ? null : await context.Database.BeginTransactionAsync(cancellationToken);
        if (lockClaimsOf is { } type)
        {
            await context.LockClaimsOfTypeAsync(actor.TenantId, type, cancellationToken);
        }

        var claim = await LoadAsync(context, actor.Caller, claimId, tracking: true, cancellationToken);
        if (claim is null || (actor.Caller is { } person && !ClaimAccessPolicy.CanChange(person, claim)))
        {
            return ClaimResult.NotFound<ClaimView>();
        }

        if (claim.Version != expectedVersion)
        {
            LogConflict(claimId, expectedVersion, claim.Version);
            return ClaimResult.Conflict<ClaimView>();
        }

        var before = FundLedger.Contribution(claim);
        var counted = CounterShare.Of(claim);
        var step = await change(claim, context, cancellationToken);
        if (step.Refusal is { } refusal)
        {
            return refusal;
        }

        claim.RecomputeDerivedDates();
        claim.UpdatedAt = time.GetUtcNow();
        claim.Version = expectedVersion + 1;
        AddEntry(context, actor, claim, step.Info!);
        var followUps = await ObserveAsync(context, claim, isNew: false, cancellationToken);
        try
        {
            var (deltas, counters) = (FundLedger.Deltas(before, FundLedger.Contribution(claim)), ClaimCounters.Deltas(counted, CounterShare.Of(claim)));
            if (transaction is null)
            {
                await SaveAsync(context, claim.TenantId, deltas, counters, cancellationToken);
            }
            else
            {
                await WriteAsync(context, claim.TenantId, deltas, counters, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            LogConflict(claimId, expectedVersion, -1);
            return ClaimResult.Conflict<ClaimView>();
        }
        catch (DbUpdateException)
        {
            // A concurrent change of the same claim may first collide on a row the observers added (the same reminder key) or on
            // the history entry of the same version, before the version check: when the stored version moved, that is the same conflict.
            if (!await VersionMovedAsync(actor.TenantId, claimId, expectedVersion, cancellationToken))
            {
                throw;
            }

            LogConflict(claimId, expectedVersion, -1);
            return ClaimResult.Conflict<ClaimView>();
        }

        await FollowUpAsync(followUps, claim.TenantId, claim.Id, cancellationToken);
        return ClaimResult.Ok(ClaimView.From(claim) with { Fund = await Funds.FundStandings.ForAsync(context, claim, cancellationToken) });
    }

    public static Task<Claim?> LoadAsync(ClaimsDbContext context, ClaimsCaller? caller, Guid claimId, bool tracking, CancellationToken cancellationToken)
    {
        var query = context.Claims.Include(c => c.Evidence).Include(c => c.DocumentationRequests).Include(c => c.Review!).ThenInclude(r => r.Acceptances).AsSplitQuery();
        if (caller is not null)
        {
            query = query.Where(ClaimAccessPolicy.Visible(caller));
        }

        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        return query.FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
    }
}
