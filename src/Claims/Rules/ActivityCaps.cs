using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Rules;

/// <summary>
/// The caps of <see cref="ActivityTypeCatalog"/> checked across claims: a claim's amount plus what the tenant's other claims of the
/// same activity type and currency whose usage periods overlap its own count for (rejected and expired claims release their
/// money; an approved or paid claim counts its approved or paid amount, <see cref="FundLedger"/>).
/// <list type="bullet">
/// <item>Amount per usage period: USD limits, checked on USD claims; a claim in another currency is not converted (no exchange rate is
/// known here): its card states the limit instead.</item>
/// <item>Share of the co-op funds: against the funds the tenant imported that the claim fits (its program, currency and usage period);
/// Surface activities have their own share and count apart. With no such fund the rule is stated, not checked.</item>
/// </list>
/// Callers check inside the transaction that inserts or saves the claim, holding the turn of its tenant and type
/// (<see cref="ClaimsDbContext.LockClaimsOfTypeAsync"/>), so two claims that fit alone but not together cannot both pass.
/// </summary>
public static class ActivityCaps
{
    /// <summary>The first cap <paramref name="draft"/> breaks together with the other claims (all but <paramref name="except"/>), or null.</summary>
    public static async Task<FieldError?> CheckAsync(ClaimsDbContext context, ClaimDraft draft, Guid? except, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        if (ActivityTypeCatalog.AmountCapPerUsagePeriod(draft.ActivityType, draft.Currency) is { } periodCap
            && draft.Amount + await OthersAsync(context, draft, except, shareOfFunds: false, cancellationToken) > periodCap)
        {
            return new FieldError(ClaimFields.Amount, ClaimErrorCode.AmountAboveActivityCapInPeriod);
        }

        if (!ActivityTypeCatalog.HasShareOfFundsCap(draft.ActivityType))
        {
            return null;
        }

        var funds = await FundStandings.FittingAsync(context, draft.Program, draft.Currency, draft.UsageStart, draft.UsageEnd, cancellationToken);
        if (funds.Count == 0 || FundRules.ActivityLimit(draft.ActivityType, draft.Surface, funds.Sum(f => f.Amount), draft.Currency) is not { } shareCap)
        {
            return null;
        }

        return draft.Amount + await OthersAsync(context, draft, except, shareOfFunds: true, cancellationToken) > shareCap
            ? new FieldError(ClaimFields.Amount, ClaimErrorCode.AmountAboveFundShareInPeriod)
            : null;
    }

    /// <summary>What the other claims count for: for a period cap, every program's; for a share of the funds, those of the same
    /// program (its funds) and the same Surface flag (Surface has its own share).</summary>
    private static async Task<decimal> OthersAsync(ClaimsDbContext context, ClaimDraft draft, Guid? except, bool shareOfFunds, CancellationToken cancellationToken)
    {
        var (program, type, currency, start, end, surface) = (draft.Program, draft.ActivityType, draft.Currency, draft.UsageStart, draft.UsageEnd, draft.Surface);
        var rows = await context.Claims.AsNoTracking()
            .Where(c => c.ActivityType == type && c.Currency == currency && c.UsageStart <= end && c.UsageEnd >= start
                && !ClaimStatusGroups.Released.Contains(c.Status) && (except == null || c.Id != except)
                && (!shareOfFunds || (c.Program == program && c.Surface == surface)))
            .Select(c => new { c.Status, c.Amount, c.ApprovedAmount, c.PaidAmount })
            .ToListAsync(cancellationToken);
        return rows.Sum(r => FundLedger.Contribution(Guid.Empty, r.Status, r.Amount, r.ApprovedAmount, r.PaidAmount) is { } counted
            ? FundLedger.FromCents(counted.Cents)
            : 0m);
    }
}
