using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <summary>
/// What a claim counts against its fund, by status: the claimed amount while it is prepared or with Partner Center, the approved
/// amount once approved (a partial approval releases the rest), the paid amount once paid, nothing once rejected or expired.
/// Amounts are kept in hundredths (claims and funds have at most two decimals), so the ledger adds integers on both databases.
/// </summary>
public static class FundLedger
{
    public static FundContribution? Contribution(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Contribution(claim.FundId, claim.Status, claim.Amount, claim.ApprovedAmount, claim.PaidAmount);
    }

    public static FundContribution? Contribution(Guid? fundId, ClaimStatus status, decimal amount, decimal? approvedAmount, decimal? paidAmount)
    {
        if (fundId is not { } fund)
        {
            return null;
        }

        return status switch
        {
            _ when ClaimStatusGroups.IsPreparing(status) => new(fund, FundBucket.Preparing, ToCents(amount)),
            _ when ClaimStatusGroups.IsWithPartnerCenter(status) => new(fund, FundBucket.Submitted, ToCents(amount)),
            ClaimStatus.Approved => new(fund, FundBucket.Approved, ToCents(approvedAmount ?? amount)),
            ClaimStatus.Paid => new(fund, FundBucket.Paid, ToCents(paidAmount ?? approvedAmount ?? amount)),
            _ => null,
        };
    }

    /// <summary>The ledger changes that turn <paramref name="before"/> into <paramref name="after"/>, per fund, ordered by fund id
    /// (so two transactions touching the same funds lock them in the same order).</summary>
    public static IReadOnlyList<FundDelta> Deltas(FundContribution? before, FundContribution? after)
    {
        var deltas = new Dictionary<Guid, FundDelta>();
        Apply(before, -1);
        Apply(after, 1);
        return [.. deltas.Values.Where(d => !d.IsZero).OrderBy(d => d.FundId)];

        void Apply(FundContribution? contribution, int sign)
        {
            if (contribution is not { } c)
            {
                return;
            }

            var delta = deltas.GetValueOrDefault(c.FundId, new FundDelta(c.FundId, 0, 0, 0, 0));
            var cents = sign * c.Cents;
            deltas[c.FundId] = c.Bucket switch
            {
                FundBucket.Preparing => delta with { Preparing = delta.Preparing + cents },
                FundBucket.Submitted => delta with { Submitted = delta.Submitted + cents },
                FundBucket.Approved => delta with { Approved = delta.Approved + cents },
                _ => delta with { Paid = delta.Paid + cents },
            };
        }
    }

    public static long ToCents(decimal amount) => (long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);

    public static decimal FromCents(long cents) => cents / 100m;
}

/// <summary>Where a claim's money sits in its fund.</summary>
public enum FundBucket
{
    Preparing = 0,
    Submitted = 1,
    Approved = 2,
    Paid = 3,
}

/// <summary>A claim's amount counted in one bucket of one fund.</summary>
public readonly record struct FundContribution(Guid FundId, FundBucket Bucket, long Cents);

/// <summary>Changes to one fund's ledger columns, in hundredths.</summary>
public readonly record struct FundDelta(Guid FundId, long Preparing, long Submitted, long Approved, long Paid)
{
    public bool IsZero => Preparing == 0 && Submitted == 0 && Approved == 0 && Paid == 0;
}
