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

/// <summary>The claim service's changes to an existing claim, each one step of <see cref="ClaimUnitOfWork"/>'s MutateAsync.</summary>
internal sealed partial class ClaimService
{
    public Task<ClaimResult<ClaimView>> UpdateAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, ClaimDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = ClaimValidator.Validate(draft, options.Value);
        if (errors.Count > 0)
        {
            return Task.FromResult(ClaimResult.Invalid<ClaimView>(errors));
        }

        // The caps read the other claims of the draft's type in the transaction that saves this one, holding that type's turn.
        ArgumentNullException.ThrowIfNull(caller);
        return work.MutateAsync(ClaimActor.Person(caller), claimId, expectedVersion, draft.ActivityType, async (claim, context, token) =>
        {
            if (!ClaimLifecycle.IsEditable(claim.Status))
            {
                return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.ClaimNotEditable));
            }

            if (await ActivityCaps.CheckAsync(context, draft, claim.Id, token) is { } broken)
            {
                return ClaimStep.Refuse(ClaimResult.Invalid<ClaimView>([broken]));
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
}
