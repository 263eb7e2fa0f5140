using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Services;

/// <summary>What Partner Center said, applied to a claim: the legal transitions of <see cref="ClaimLifecycle"/> plus the data each
/// outcome needs (approved amount, rejection reason, paid date and amount), or why it is refused.</summary>
internal static class ClaimOutcomes
{
    public static ClaimAction ActionFor(ClaimStatus status) => status switch
    {
        ClaimStatus.Approved => ClaimAction.Approved,
        ClaimStatus.Rejected => ClaimAction.Rejected,
        ClaimStatus.Disputed => ClaimAction.DisputeFiled,
        _ => ClaimAction.Paid,
    };

    /// <summary>Null when applied; otherwise the refusal (nothing changed).</summary>
    public static ClaimResult<ClaimView>? Apply(Claim claim, PartnerCenterOutcome outcome, DateOnly today)
    {
        var from = claim.Status;
        var to = outcome.Status;
        if (!ClaimStatusGroups.IsPartnerCenterOutcome(to) || !ClaimLifecycle.AllowedTargets(from).Contains(to))
        {
            return ClaimResult.Refused<ClaimView>(new TransitionError(from, to, ClaimErrorCode.IllegalTransition, []));
        }

        var errors = Validate(claim, outcome, today);
        if (errors.Count > 0)
        {
            return ClaimResult.Invalid<ClaimView>(errors);
        }

        claim.Status = to;
        switch (to)
        {
            case ClaimStatus.Approved:
                claim.ApprovedAmount = outcome.Amount;
                claim.ApprovedOn = outcome.On;
                break;
            case ClaimStatus.Rejected:
                claim.RejectionReason = outcome.Reason!.Trim();
                claim.RejectedOn = outcome.On;
                break;
            case ClaimStatus.Disputed:
                claim.DisputedOn = outcome.On;
                break;
            default:
                claim.PaidAmount = outcome.Amount;
                claim.PaidOn = outcome.On;
                break;
        }

        return null;
    }

    private static List<FieldError> Validate(Claim claim, PartnerCenterOutcome outcome, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (outcome.On > today)
        {
            errors.Add(new(OutcomeFields.On, ClaimErrorCode.OutcomeDateInFuture));
        }
        else if (outcome.On < DateOnly.FromDateTime(claim.CreatedAt.UtcDateTime).AddDays(-1))
        {
            errors.Add(new(OutcomeFields.On, ClaimErrorCode.OutcomeDateBeforeSubmission));
        }

        switch (outcome.Status)
        {
            case ClaimStatus.Approved:
                AmountRule(outcome.Amount, claim.Amount, ClaimErrorCode.OutcomeAmountAboveClaimed, claim.Currency, errors);
                break;
            case ClaimStatus.Paid:
                AmountRule(outcome.Amount, claim.ApprovedAmount ?? claim.Amount, ClaimErrorCode.PaidAmountAboveApproved, claim.Currency, errors);
                break;
            case ClaimStatus.Rejected:
                var reason = outcome.Reason?.Trim();
                if (string.IsNullOrEmpty(reason) || reason.Length > ClaimValidator.RequestTextMaxLength
                    || reason.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
                {
                    errors.Add(new(OutcomeFields.Reason, ClaimErrorCode.RejectionReasonRequired));
                }

                break;
            default:
                break;
        }

        return errors;
    }

    private static void AmountRule(decimal? amount, decimal ceiling, ClaimErrorCode aboveCode, string currency, List<FieldError> errors)
    {
        if (amount is not { } value || value <= 0)
        {
            errors.Add(new(OutcomeFields.Amount, ClaimErrorCode.OutcomeAmountRequired));
        }
        else if (decimal.Round(value, Math.Min(ClaimValidator.MaxAmountDecimals, Iso4217.MinorUnits(currency) ?? ClaimValidator.MaxAmountDecimals)) != value)
        {
            errors.Add(new(OutcomeFields.Amount, ClaimErrorCode.AmountTooManyDecimals));
        }
        else if (value > ceiling)
        {
            errors.Add(new(OutcomeFields.Amount, aboveCode));
        }
    }
}
