using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.History;
using CoopAssistant.Claims.Limits;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Services;

/// <summary>Reads claims, and changes them through the <see cref="ClaimUnitOfWork"/> (one history entry per change).</summary>
internal sealed class ClaimService(ClaimUnitOfWork work, TimeProvider time, IOptions<ClaimsOptions> options, IOptions<EvidenceFileOptions> files, UsageLimits limits) : IClaimService
{
    private const int MaxTake = 1000;

    private ClaimsDatabase Database => work.Database;

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
        };
        Apply(claim, draft);
        await using (var caps = Database.ForTenant(caller.TenantId))
        {
            if (ActivityCaps.ExceedsPeriodCap(draft.ActivityType, draft.Currency, draft.Amount,
                await ActivityCaps.OthersInPeriodAsync(caps, draft.ActivityType, draft.Currency, draft.UsageStart, draft.UsageEnd, claim.Id, cancellationToken)))
            {
                return ClaimResult.Invalid<ClaimView>([new FieldError(ClaimFields.Amount, ClaimErrorCode.AmountAboveActivityCapInPeriod)]);
            }
        }

        if (draft.FundId is { } wanted)
        {
            await using var check = Database.ForTenant(caller.TenantId);
            var fits = await FundStandings.FittingAsync(check, draft.Program, draft.Currency, draft.UsageStart, draft.UsageEnd, cancellationToken);
            if (fits.All(f => f.Id != wanted))
            {
                return ClaimResult.Refused<ClaimView>(ClaimErrorCode.FundDoesNotFit);
            }
        }

        // Counted here, where every claim is created; a repeated create of a claim that exists already is answered with it and not counted.
        if (limits.TryCreateClaim(caller.TenantId, caller.UserObjectId) is { } limited)
        {
            return claimId is { } repeated && await ExistingAsync(caller, repeated, cancellationToken) is { } already
                ? already
                : ClaimResult.Limited<ClaimView>(limited);
        }

        ClaimView created;
        try
        {
            created = await work.CreateAsync(ClaimActor.Person(caller), claim, async (context, created, token) =>
            {
                var fitting = await FundStandings.FittingAsync(context, created.Program, created.Currency, created.UsageStart, created.UsageEnd, token);
                created.FundId = draft.FundId is { } chosen && fitting.Any(f => f.Id == chosen) ? chosen
                    : fitting.Count == 1 ? fitting[0].Id : null;
            }, cancellationToken);
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

        return ClaimResult.Ok(created);
    }

    /// <summary>The claim a repeated create already made (its reminders were committed with it), or null if not visible.</summary>
    private async Task<ClaimResult<ClaimView>?> ExistingAsync(ClaimsCaller caller, Guid claimId, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(caller, claimId, cancellationToken);
        return existing.IsOk ? existing : null;
    }

    public async Task<ClaimResult<ClaimView>> GetAsync(ClaimsCaller caller, Guid claimId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.NotFound<ClaimView>();
        }

        await using var context = Database.ForTenant(caller.TenantId);
        var claim = await ClaimUnitOfWork.LoadAsync(context, caller, claimId, tracking: false, cancellationToken);
        if (claim is null)
        {
            return ClaimResult.NotFound<ClaimView>();
        }

        return ClaimResult.Ok(ClaimView.From(claim) with { Fund = await FundStandings.ForAsync(context, claim, cancellationToken) });
    }

    public async Task<IReadOnlyList<ClaimSummary>> ListMineAsync(ClaimsCaller caller, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return [];
        }

        var owner = caller.UserObjectId;
        await using var context = Database.ForTenant(caller.TenantId);
        return await context.Claims.AsNoTracking()
            .Where(ClaimAccessPolicy.Visible(caller))
            .Where(c => c.OwnerObjectId == owner)
            .OrderBy(c => c.UrgencyDate).ThenBy(c => c.Id)
            .Take(Math.Clamp(take, 0, MaxTake))
            .Select(c => new ClaimSummary(c.Id, c.OwnerObjectId, c.OwnerDisplayName, c.Title, c.Status, c.Deadline, c.UrgencyDate, c.Amount, c.Currency, c.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ClaimSummary>> ListVisibleAsync(ClaimsCaller caller, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return [];
        }

        await using var context = Database.ForTenant(caller.TenantId);
        return await context.Claims.AsNoTracking()
            .Where(ClaimAccessPolicy.Visible(caller))
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
        await using var context = Database.ForTenant(caller.TenantId);
        var list = await context.Claims.AsNoTracking()
            .Where(ClaimAccessPolicy.Visible(caller))
            .Where(c => c.Deadline >= today && c.Deadline <= last && (c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready))
            .OrderBy(c => c.Deadline).ThenBy(c => c.Id)
            .Take(Math.Clamp(take, 0, MaxTake))
            .Select(c => new ClaimSummary(c.Id, c.OwnerObjectId, c.OwnerDisplayName, c.Title, c.Status, c.Deadline, c.UrgencyDate, c.Amount, c.Currency, c.Version))
            .ToListAsync(cancellationToken);
        return ClaimResult.Ok<IReadOnlyList<ClaimSummary>>(list);
    }

    public async Task<ClaimResult<IReadOnlyList<ClaimSummary>>> ListByStatusAsync(
        ClaimsCaller caller, IReadOnlyCollection<ClaimStatus> statuses, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(statuses);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.Forbidden<IReadOnlyList<ClaimSummary>>();
        }

        var wanted = statuses.ToList();
        await using var context = Database.ForTenant(caller.TenantId);
        var list = await context.Claims.AsNoTracking()
            .Where(ClaimAccessPolicy.Visible(caller))
            .Where(c => wanted.Contains(c.Status))
            .OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id)
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

        return MutateAsync(caller, claimId, expectedVersion, async (claim, context, token) =>
        {
            if (!ClaimLifecycle.IsEditable(claim.Status))
            {
                return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.ClaimNotEditable));
            }

            if (ActivityCaps.ExceedsPeriodCap(draft.ActivityType, draft.Currency, draft.Amount,
                await ActivityCaps.OthersInPeriodAsync(context, draft.ActivityType, draft.Currency, draft.UsageStart, draft.UsageEnd, claim.Id, token)))
            {
                return ClaimStep.Refuse(ClaimResult.Invalid<ClaimView>([new FieldError(ClaimFields.Amount, ClaimErrorCode.AmountAboveActivityCapInPeriod)]));
            }

            Apply(claim, draft);
            // The claim keeps its fund while it still fits; otherwise the one fund that fits now, if any.
            var fitting = await FundStandings.FittingAsync(context, claim.Program, claim.Currency, claim.UsageStart, claim.UsageEnd, token);
            if (claim.FundId is not { } current || fitting.All(f => f.Id != current))
            {
                claim.FundId = fitting.Count == 1 ? fitting[0].Id : null;
            }

            return ClaimStep.Record(ClaimAction.FieldsChanged);
        }, cancellationToken);
    }

    public Task<ClaimResult<ClaimView>> AssignFundAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, Guid? fundId, CancellationToken cancellationToken) =>
        MutateAsync(caller, claimId, expectedVersion, async (claim, context, token) =>
        {
            if (ClaimStatusGroups.IsFinal(claim.Status))
            {
                return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.ClaimNotEditable));
            }

            if (fundId is { } id)
            {
                var fund = await context.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, token);
                if (fund is null)
                {
                    return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.FundNotFound));
                }

                if (!FundRules.Fits(fund, claim.Program, claim.Currency, claim.UsageStart, claim.UsageEnd))
                {
                    return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.FundDoesNotFit));
                }
            }

            claim.FundId = fundId;
            return ClaimStep.Record(ClaimAction.FundChanged);
        }, cancellationToken);

    public Task<ClaimResult<ClaimView>> AddEvidenceAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, NewEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(evidence);
        var errors = ClaimValidator.Validate(evidence, files.Value);
        if (errors.Count > 0)
        {
            return Task.FromResult(ClaimResult.Invalid<ClaimView>(errors));
        }

        return MutateAsync(caller, claimId, expectedVersion, (claim, context, _) =>
        {
            if (!ClaimLifecycle.IsEditable(claim.Status))
            {
                return ValueTask.FromResult(ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.ClaimNotEditable)));
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
            return ValueTask.FromResult(ClaimStep.Record(ClaimAction.EvidenceAdded));
        }, cancellationToken);
    }

    public Task<ClaimResult<ClaimView>> RemoveEvidenceAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, Guid evidenceId, CancellationToken cancellationToken) =>
        MutateAsync(caller, claimId, expectedVersion, (claim, context, _) =>
        {
            if (!ClaimLifecycle.IsEditable(claim.Status))
            {
                return ValueTask.FromResult(ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.ClaimNotEditable)));
            }

            if (claim.Evidence.FirstOrDefault(e => e.Id == evidenceId) is not { } item)
            {
                return ValueTask.FromResult(ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.EvidenceNotFound)));
            }

            claim.Evidence.Remove(item);
            context.EvidenceItems.Remove(item);
            return ValueTask.FromResult(ClaimStep.Record(ClaimAction.EvidenceRemoved));
        }, cancellationToken);

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

        return MutateAsync(caller, claimId, expectedVersion, (claim, context, _) =>
        {
            if (claim.Status is not (ClaimStatus.Submitted or ClaimStatus.AdditionalDocumentationRequested))
            {
                return ValueTask.FromResult(ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.DocumentationRequestNotAllowed)));
            }

            var row = new DocumentationRequest
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                TenantId = claim.TenantId,
                ClaimId = claim.Id,
                RequestedOn = request.RequestedOn,
                RespondBy = respondBy,
                RespondByAssumed = request.RespondBy is null,
                WhatWasAsked = request.WhatWasAsked.Trim(),
            };
            context.DocumentationRequests.Add(row);
            claim.Status = ClaimStatus.AdditionalDocumentationRequested;
            return ValueTask.FromResult(ClaimStep.Record(new ClaimChangeInfo(ClaimAction.DocumentationRequested, row.WhatWasAsked)));
        }, cancellationToken);
    }

    public Task<ClaimResult<ClaimView>> ResolveDocumentationRequestAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, Guid requestId, DateOnly resolvedOn, CancellationToken cancellationToken) =>
        MutateAsync(caller, claimId, expectedVersion, (claim, _, _) =>
        {
            var request = claim.DocumentationRequests.FirstOrDefault(r => r.Id == requestId);
            if (request is null)
            {
                return ValueTask.FromResult(ClaimStep.Refuse(ClaimResult.NotFound<ClaimView>()));
            }

            if (request.ResolvedOn is not null)
            {
                return ValueTask.FromResult(ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.DocumentationRequestAlreadyResolved)));
            }

            request.ResolvedOn = resolvedOn;
            return ValueTask.FromResult(ClaimStep.Record(ClaimAction.DocumentationAnswered));
        }, cancellationToken);

    public Task<ClaimResult<ClaimView>> ChangeStatusAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, ClaimStatus target, TimeZoneInfo? timeZone, CancellationToken cancellationToken) =>
        MutateAsync(caller, claimId, expectedVersion, (claim, _, _) =>
        {
            var facts = new TransitionFacts(
                Checklist.Evaluate(claim),
                ClaimDates.DaysLeft(claim.Deadline, time, timeZone ?? TimeZoneInfo.Utc),
                claim.DocumentationRequests.Count(r => r.ResolvedOn is null),
                Findings.ReviewGates.Of(claim.Review));
            var error = ClaimLifecycle.Check(claim.Status, target, facts);
            if (error is not null)
            {
                return ValueTask.FromResult(ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(error)));
            }

            if (ClaimStatusGroups.IsPartnerCenterOutcome(target))
            {
                // Approved, rejected, disputed and paid carry data (amount, reason, date): RecordOutcomeAsync records them.
                return ValueTask.FromResult(ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(
                    new TransitionError(claim.Status, target, ClaimErrorCode.OutcomeDetailsRequired, []))));
            }

            claim.Status = target;
            return ValueTask.FromResult(ClaimStep.Record(target == ClaimStatus.Expired ? ClaimAction.Expired : ClaimAction.StatusChanged));
        }, cancellationToken);

    public Task<ClaimResult<ClaimView>> RecordSubmittedInPartnerCenterAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, CancellationToken cancellationToken) =>
        MutateAsync(caller, claimId, expectedVersion, (claim, _, _) =>
        {
            if (ClaimLifecycle.CheckRecordedSubmission(claim.Status) is { } error)
            {
                return ValueTask.FromResult(ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(error)));
            }

            claim.Status = ClaimStatus.Submitted;
            return ValueTask.FromResult(ClaimStep.Record(ClaimAction.SubmittedInPartnerCenter));
        }, cancellationToken);

    public Task<ClaimResult<ClaimView>> RecordOutcomeAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, PartnerCenterOutcome outcome, TimeZoneInfo? timeZone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var today = ClaimDates.Today(time, timeZone ?? TimeZoneInfo.Utc);
        return MutateAsync(caller, claimId, expectedVersion, (claim, _, _) =>
            ValueTask.FromResult(ClaimOutcomes.Apply(claim, outcome, today) is { } refusal
                ? ClaimStep.Refuse(refusal)
                : ClaimStep.Record(new ClaimChangeInfo(ClaimOutcomes.ActionFor(outcome.Status), outcome.Reason?.Trim(), outcome.EmailLink, outcome.EmailDate))),
            cancellationToken);
    }

    public async Task<ClaimResult<HistoryPage>> GetHistoryAsync(ClaimsCaller caller, Guid claimId, long? beforeVersion, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.NotFound<HistoryPage>();
        }

        await using var context = Database.ForTenant(caller.TenantId);
        var visible = await context.Claims.AsNoTracking().Where(ClaimAccessPolicy.Visible(caller)).AnyAsync(c => c.Id == claimId, cancellationToken);
        if (!visible)
        {
            return ClaimResult.NotFound<HistoryPage>();
        }

        var size = Math.Clamp(take, 1, 200);
        var before = beforeVersion ?? long.MaxValue;
        var rows = await context.ClaimHistory.AsNoTracking()
            .Where(h => h.ClaimId == claimId && h.ClaimVersion < before)
            .OrderByDescending(h => h.ClaimVersion)
            .Take(size + 1)
            .ToListAsync(cancellationToken);
        var entries = rows.Take(size).Select(HistoryEntryView.From).ToList();
        return ClaimResult.Ok(new HistoryPage(claimId, entries, rows.Count > size ? entries[^1].ClaimVersion : null));
    }

    private Task<ClaimResult<ClaimView>> MutateAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, Func<Claim, ClaimsDbContext, CancellationToken, ValueTask<ClaimStep>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return work.MutateAsync(ClaimActor.Person(caller), claimId, expectedVersion, change, cancellationToken);
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
        claim.Surface = draft.Surface;
    }
}
