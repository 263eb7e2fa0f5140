using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Claims.Findings;

/// <summary>Records that a person accepts an open finding (<see cref="IClaimReviewStore.AcceptAsync"/>): a change of the claim
/// through the claim unit of work (one history entry, the claim's next version), checked by <see cref="ClaimAccessPolicy"/>,
/// with the claim's open findings re-counted.</summary>
internal sealed partial class FindingAcceptor(ClaimsDatabase database, ClaimUnitOfWork work, TimeProvider time, ILogger logger)
{
    private const int MaxAttempts = 3;

    public async Task<ClaimResult<ClaimView>> AcceptAsync(
        ClaimsCaller caller, Guid claimId, FindingCode code, Guid? documentId, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var why = reason?.Trim() ?? string.Empty;
        if (why.Length == 0 || why.Length > ReviewLimits.ReasonMaxLength || why.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
        {
            return ClaimResult.Invalid<ClaimView>([new FieldError(ClaimFields.FindingReason, ClaimErrorCode.ReasonRequired)]);
        }

        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.NotFound<ClaimView>();
        }

        for (var attempt = 1; ; attempt++)
        {
            // The acceptance is a change of the claim (one history entry, the claim's next version), made on the version read
            // here; a review run saving its findings meanwhile (the row's revision moves) or another change of the claim is a
            // conflict: read again and record on the new findings.
            await using (var context = database.ForTenant(caller.TenantId))
            {
                var version = await context.Claims.AsNoTracking().Where(ClaimAccessPolicy.Visible(caller)).Where(c => c.Id == claimId)
                    .Select(c => (long?)c.Version).FirstOrDefaultAsync(cancellationToken);
                if (version is not { } expected)
                {
                    return ClaimResult.NotFound<ClaimView>();
                }

                var result = await work.MutateAsync(ClaimActor.Person(caller), claimId, expected, (claim, tracked, _) =>
                    ValueTask.FromResult(Accept(claim, tracked, caller, code, documentId, why)), cancellationToken);
                if (result.Outcome != ClaimOutcome.Conflict)
                {
                    if (result.IsOk)
                    {
                        LogAccepted(claimId, FindingCodes.Stable(code), caller.IsIncentivesAdministrator);
                    }

                    return result;
                }
            }

            if (attempt == MaxAttempts)
            {
                return ClaimResult.Conflict<ClaimView>();
            }
        }
    }

    /// <summary>Records the acceptance on the tracked claim and recounts its open findings; a refusal when the finding is not
    /// there (any more) or the caller may not accept it.</summary>
    private ClaimStep Accept(Claim claim, ClaimsDbContext context, ClaimsCaller caller, FindingCode code, Guid? documentId, string why)
    {
        if (!ClaimLifecycle.IsEditable(claim.Status))
        {
            return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.ClaimNotEditable));
        }

        var view = ClaimReviewView.From(claim.Review);
        var finding = view?.Findings.FirstOrDefault(f => f.Code == code && f.DocumentId == documentId && f.Acceptance is null);
        if (claim.Review is not { } review || finding is null)
        {
            return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.FindingNotFound));
        }

        if (finding.Severity == ReviewSeverity.Blocks && !FindingCodes.AdministratorMayAccept(code))
        {
            return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.FindingMustBeFixed));
        }

        if (finding.Severity == ReviewSeverity.Blocks && !caller.IsIncentivesAdministrator)
        {
            return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.FindingNeedsAdministrator));
        }

        var record = new FindingAcceptanceRecord
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            TenantId = claim.TenantId,
            ClaimId = claim.Id,
            Code = FindingCodes.Stable(code),
            EvidenceId = documentId,
            AcceptedByObjectId = caller.UserObjectId,
            AcceptedByName = caller.DisplayName is { Length: > 0 and <= 256 } name ? name : null,
            ByAdministrator = caller.IsIncentivesAdministrator,
            AcceptedAt = time.GetUtcNow(),
            Reason = why,
        };
        // Added explicitly: a new row whose key is set would otherwise be taken for an existing one (an UPDATE of nothing).
        context.FindingAcceptances.Add(record);
        if (!review.Acceptances.Contains(record))
        {
            review.Acceptances.Add(record);
        }

        var acceptances = review.Acceptances.Select(ClaimReviewView.ToAcceptance).OfType<FindingAcceptance>().ToList();
        OpenFindingCounts.Apply(review, ClaimReviewer.ApplyAcceptances(StoredReview.Parse(review.Report)?.ToFindings() ?? [], acceptances));
        review.Revision++;
        return ClaimStep.Record(new ClaimChangeInfo(ClaimAction.FindingAccepted, why));
    }

    [LoggerMessage(EventId = 3113, Level = LogLevel.Information, Message = "Finding {Code} accepted on claim {ClaimId} (administrator: {Administrator})")]
    private partial void LogAccepted(Guid claimId, string code, bool administrator);
}
