using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Services;

internal sealed partial class ClaimService(
    ClaimsDatabase database, TimeProvider time, IOptions<ClaimsOptions> options, IEnumerable<IClaimChangeObserver> observers, ILogger<ClaimService> logger)
    : IClaimService
{
    private const int MaxTake = 1000;

    public Task<ClaimResult<ClaimView>> CreateAsync(ClaimsCaller caller, ClaimDraft draft, CancellationToken cancellationToken) =>
        CreateCoreAsync(caller, draft, null, cancellationToken);

    public Task<ClaimResult<ClaimView>> CreateOnceAsync(ClaimsCaller caller, ClaimDraft draft, Guid claimId, CancellationToken cancellationToken) =>
        CreateCoreAsync(caller, draft, claimId, cancellationToken);

    private async Task<ClaimResult<ClaimView>> CreateCoreAsync(ClaimsCaller caller, ClaimDraft draft, Guid? claimId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(draft);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.Forbidden<ClaimView>();
        }

        var errors = ClaimValidator.Validate(draft, options.Value);
        if (errors.Count > 0)
        {
            return ClaimResult.Invalid<ClaimView>(errors);
        }

        var now = time.GetUtcNow();
        var claim = new Claim
        {
            Id = claimId ?? Guid.CreateVersion7(now),
            TenantId = caller.TenantId,
            OwnerObjectId = caller.UserObjectId,
            OwnerDisplayName = caller.DisplayName,
            Title = "",
            Currency = "",
            Status = ClaimStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        Apply(claim, draft);
        claim.RecomputeDerivedDates();

        await using (var context = database.ForTenant(caller.TenantId))
        {
            // One connection for the observers' reads and the insert instead of one per statement group.
            await context.Database.OpenConnectionAsync(cancellationToken);
            context.Claims.Add(claim);
            var followUps = await ObserveAsync(context, claim, isNew: true, cancellationToken);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (claimId is not null)
            {
                // The same form created its claim before (another host, a redelivery): answer with it. Anything else (the
                // storage is full or unavailable) is the original failure.
                if (await ExistingAsync(caller, claimId.Value, cancellationToken) is { } existing)
                {
                    return existing;
                }

                throw;
            }

            LogCreated(claim.Id, caller.TenantId);
            await FollowUpAsync(followUps, claim.TenantId, claim.Id, cancellationToken);
        }

        return ClaimResult.Ok<ClaimView>(ClaimView.From(claim));
    }

    /// <summary>The claim a repeated create already made (its reminders were committed with it), or null if not visible.</summary>
    private async Task<ClaimResult<ClaimView>?> ExistingAsync(ClaimsCaller caller, Guid claimId, CancellationToken cancellationToken)
    {
        Claim? existing;
        await using (var context = database.ForTenant(caller.TenantId))
        {
            existing = await LoadAsync(context, caller, claimId, tracking: false, cancellationToken);
        }

        return existing is null ? null : ClaimResult.Ok<ClaimView>(ClaimView.From(existing));
    }

    public async Task<ClaimResult<ClaimView>> GetAsync(ClaimsCaller caller, Guid claimId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.NotFound<ClaimView>();
        }

        await using var context = database.ForTenant(caller.TenantId);
        var claim = await LoadAsync(context, caller, claimId, tracking: false, cancellationToken);
        return claim is null ? ClaimResult.NotFound<ClaimView>() : ClaimResult.Ok<ClaimView>(ClaimView.From(claim));
    }

    public async Task<IReadOnlyList<ClaimSummary>> ListMineAsync(ClaimsCaller caller, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return [];
        }

        var owner = caller.UserObjectId;
        await using var context = database.ForTenant(caller.TenantId);
        return await context.Claims.AsNoTracking()
            .Where(ClaimAccessPolicy.Visible(caller))
            .Where(c => c.OwnerObjectId == owner)
            .OrderBy(c => c.UrgencyDate).ThenBy(c => c.Id)
            .Take(Math.Clamp(take, 0, MaxTake))
            .Select(c => new ClaimSummary(c.Id, c.OwnerObjectId, c.OwnerDisplayName, c.Title, c.Status, c.Deadline, c.UrgencyDate, c.Amount, c.Currency, c.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<ClaimResult<IReadOnlyList<ClaimSummary>>> ListTenantExpiringAsync(
        ClaimsCaller caller, int withinDays, int take, TimeZoneInfo? timeZone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller) || !caller.IsIncentivesAdministrator)
        {
            return ClaimResult.Forbidden<IReadOnlyList<ClaimSummary>>();
        }

        var today = ClaimDates.Today(time, timeZone ?? TimeZoneInfo.Utc);
        var last = today.AddDays(Math.Max(0, withinDays));
        await using var context = database.ForTenant(caller.TenantId);
        var list = await context.Claims.AsNoTracking()
            .Where(ClaimAccessPolicy.Visible(caller))
            .Where(c => c.Deadline >= today && c.Deadline <= last && (c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready))
            .OrderBy(c => c.Deadline).ThenBy(c => c.Id)
            .Take(Math.Clamp(take, 0, MaxTake))
            .Select(c => new ClaimSummary(c.Id, c.OwnerObjectId, c.OwnerDisplayName, c.Title, c.Status, c.Deadline, c.UrgencyDate, c.Amount, c.Currency, c.Version))
            .ToListAsync(cancellationToken);
        return ClaimResult.Ok<IReadOnlyList<ClaimSummary>>(list);
    }

    public Task<ClaimResult<ClaimView>> UpdateAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, ClaimDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = ClaimValidator.Validate(draft, options.Value);
        if (errors.Count > 0)
        {
            return Task.FromResult(ClaimResult.Invalid<ClaimView>(errors));
        }

        return MutateAsync(caller, claimId, expectedVersion, (claim, _) =>
        {
            if (!ClaimLifecycle.IsEditable(claim.Status))
            {
                return ClaimResult.Refused<ClaimView>(ClaimErrorCode.ClaimNotEditable);
            }

            Apply(claim, draft);
            return null;
        }, cancellationToken);
    }

    public Task<ClaimResult<ClaimView>> AddEvidenceAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, NewEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(evidence);
        var errors = ClaimValidator.Validate(evidence, options.Value);
        if (errors.Count > 0)
        {
            return Task.FromResult(ClaimResult.Invalid<ClaimView>(errors));
        }

        return MutateAsync(caller, claimId, expectedVersion, (claim, context) =>
        {
            if (!ClaimLifecycle.IsEditable(claim.Status))
            {
                return ClaimResult.Refused<ClaimView>(ClaimErrorCode.ClaimNotEditable);
            }

            var item = new EvidenceItem
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                TenantId = claim.TenantId,
                ClaimId = claim.Id,
                Kind = evidence.Kind,
                Source = evidence.Source,
                Name = evidence.Name,
                SizeBytes = evidence.SizeBytes,
                ContentType = evidence.ContentType,
                DriveId = evidence.DriveId,
                ItemId = evidence.ItemId,
                WebUrl = evidence.WebUrl,
                ETag = evidence.ETag,
                CTag = evidence.CTag,
                QuickXorHash = evidence.QuickXorHash,
                Sha256 = evidence.Sha256,
                AddedByObjectId = caller.UserObjectId,
                AddedAt = time.GetUtcNow(),
                KeptCopyLocation = evidence.KeptCopyLocation,
            };
            context.EvidenceItems.Add(item);
            return null;
        }, cancellationToken);
    }

    public Task<ClaimResult<ClaimView>> RecordDocumentationRequestAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, NewDocumentationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var respondBy = request.RespondBy ?? request.RequestedOn.AddDays(options.Value.DefaultDocumentationResponseDays);
        var errors = ClaimValidator.Validate(request, respondBy);
        if (errors.Count > 0)
        {
            return Task.FromResult(ClaimResult.Invalid<ClaimView>(errors));
        }

        return MutateAsync(caller, claimId, expectedVersion, (claim, context) =>
        {
            if (claim.Status is not (ClaimStatus.Submitted or ClaimStatus.AdditionalDocumentationRequested))
            {
                return ClaimResult.Refused<ClaimView>(ClaimErrorCode.DocumentationRequestNotAllowed);
            }

            var row = new DocumentationRequest
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                TenantId = claim.TenantId,
                ClaimId = claim.Id,
                RequestedOn = request.RequestedOn,
                RespondBy = respondBy,
                WhatWasAsked = request.WhatWasAsked.Trim(),
            };
            context.DocumentationRequests.Add(row);
            claim.Status = ClaimStatus.AdditionalDocumentationRequested;
            return null;
        }, cancellationToken);
    }

    public Task<ClaimResult<ClaimView>> ResolveDocumentationRequestAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, Guid requestId, DateOnly resolvedOn, CancellationToken cancellationToken) =>
        MutateAsync(caller, claimId, expectedVersion, (claim, _) =>
        {
            var request = claim.DocumentationRequests.FirstOrDefault(r => r.Id == requestId);
            if (request is null)
            {
                return ClaimResult.NotFound<ClaimView>();
            }

            if (request.ResolvedOn is not null)
            {
                return ClaimResult.Refused<ClaimView>(ClaimErrorCode.DocumentationRequestAlreadyResolved);
            }

            request.ResolvedOn = resolvedOn;
            return null;
        }, cancellationToken);

    public Task<ClaimResult<ClaimView>> ChangeStatusAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, ClaimStatus target, TimeZoneInfo? timeZone, CancellationToken cancellationToken) =>
        MutateAsync(caller, claimId, expectedVersion, (claim, _) =>
        {
            var facts = new TransitionFacts(
                Checklist.Evaluate(claim),
                ClaimDates.DaysLeft(claim.Deadline, time, timeZone ?? TimeZoneInfo.Utc),
                claim.DocumentationRequests.Count(r => r.ResolvedOn is null),
                Findings.ReviewGates.Of(claim.Review));
            var error = ClaimLifecycle.Check(claim.Status, target, facts);
            if (error is not null)
            {
                return ClaimResult.Refused<ClaimView>(error);
            }

            claim.Status = target;
            return null;
        }, cancellationToken);

    public Task<ClaimResult<ClaimView>> RecordSubmittedInPartnerCenterAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, CancellationToken cancellationToken) =>
        MutateAsync(caller, claimId, expectedVersion, (claim, _) =>
        {
            if (ClaimLifecycle.CheckRecordedSubmission(claim.Status) is { } error)
            {
                return ClaimResult.Refused<ClaimView>(error);
            }

            claim.Status = ClaimStatus.Submitted;
            return null;
        }, cancellationToken);

    private async Task<ClaimResult<ClaimView>> MutateAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, Func<Claim, ClaimsDbContext, ClaimResult<ClaimView>?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.NotFound<ClaimView>();
        }

        await using var context = database.ForTenant(caller.TenantId);
        await context.Database.OpenConnectionAsync(cancellationToken);
        var claim = await LoadAsync(context, caller, claimId, tracking: true, cancellationToken);
        if (claim is null || !ClaimAccessPolicy.CanChange(caller, claim))
        {
            return ClaimResult.NotFound<ClaimView>();
        }

        if (claim.Version != expectedVersion)
        {
            LogConflict(claimId, expectedVersion, claim.Version);
            return ClaimResult.Conflict<ClaimView>();
        }

        var refusal = change(claim, context);
        if (refusal is not null)
        {
            return refusal;
        }

        claim.RecomputeDerivedDates();
        claim.UpdatedAt = time.GetUtcNow();
        claim.Version = expectedVersion + 1;
        var followUps = await ObserveAsync(context, claim, isNew: false, cancellationToken);
        try
        {
            await SaveAsync(context, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            LogConflict(claimId, expectedVersion, -1);
            return ClaimResult.Conflict<ClaimView>();
        }
        catch (DbUpdateException)
        {
            // A concurrent change of the same claim may first collide on a row the observers added (the same reminder
            // key), before the version check: when the stored version moved, that is the same conflict.
            if (!await VersionMovedAsync(caller.TenantId, claimId, expectedVersion, cancellationToken))
            {
                throw;
            }

            LogConflict(claimId, expectedVersion, -1);
            return ClaimResult.Conflict<ClaimView>();
        }

        await FollowUpAsync(followUps, claim.TenantId, claim.Id, cancellationToken);
        return ClaimResult.Ok<ClaimView>(ClaimView.From(claim));
    }

    /// <summary>
    /// Saves the change. The claim's review row is also written by the background review (its findings) and by acceptances:
    /// when only that row moved meanwhile, the change takes its stored values as the originals and is saved again (the change
    /// writes only the row's request fields); a moved claim is the caller's conflict.
    /// </summary>
    private static async Task SaveAsync(ClaimsDbContext context, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException e) when (attempt < 3 && e.Entries.Count > 0 && e.Entries.All(x => x.Entity is Findings.ClaimReview))
            {
                foreach (var entry in e.Entries)
                {
                    var stored = await entry.GetDatabaseValuesAsync(cancellationToken);
                    if (stored is null)
                    {
                        throw;
                    }

                    entry.OriginalValues.SetValues(stored);
                }
            }
        }
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

    private static Task<Claim?> LoadAsync(ClaimsDbContext context, ClaimsCaller caller, Guid claimId, bool tracking, CancellationToken cancellationToken)
    {
        var query = context.Claims.Include(c => c.Evidence).Include(c => c.DocumentationRequests).Include(c => c.Review!).ThenInclude(r => r.Acceptances).AsSplitQuery()
            .Where(ClaimAccessPolicy.Visible(caller));
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        return query.FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
    }

    private static void Apply(Claim claim, ClaimDraft draft)
    {
        claim.Program = draft.Program;
        claim.ActivityType = draft.ActivityType;
        claim.Title = draft.Title.Trim();
        claim.UsageStart = draft.UsageStart;
        claim.UsageEnd = draft.UsageEnd;
        claim.ActivityDate = draft.ActivityDate;
        claim.Amount = draft.Amount;
        claim.Currency = draft.Currency;
        claim.VendorsUsed = draft.VendorsUsed;
        claim.InHouseWork = draft.InHouseWork;
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Claim {ClaimId} created in tenant {TenantId}")]
    private partial void LogCreated(Guid claimId, string tenantId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Claim {ClaimId}: stale version {ExpectedVersion} (stored {StoredVersion}); change refused")]
    private partial void LogConflict(Guid claimId, long expectedVersion, long storedVersion);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "A claim change observer failed for claim {ClaimId}")]
    private partial void LogObserverFailed(Exception exception, Guid claimId);
}
