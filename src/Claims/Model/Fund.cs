namespace CoopAssistant.Claims.Model;

/// <summary>Co-op money a partner may claim in one usage period (storage entity): program, optional partner location, usage
/// period, amount and currency. Claims draw on it (<see cref="Claim.FundId"/>); the <c>*Cents</c> columns are its ledger, kept
/// equal to the sum of its claims' contributions by the claim unit of work (see <see cref="Rules.FundLedger"/>).</summary>
public sealed class Fund : ITenantOwned
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public ClaimProgram Program { get; set; }

    /// <summary>The partner location (Partner Center's "location"); empty when the fund is not tied to one.</summary>
    public string Location { get; set; } = "";

    public DateOnly UsageStart { get; set; }

    public DateOnly UsageEnd { get; set; }

    /// <summary>Usage end + 45 days: the last day a claim on this fund can be filed (stored for the funds-at-risk job).</summary>
    public DateOnly ClaimDeadline { get; set; }

    public decimal Amount { get; set; }

    public required string Currency { get; set; }

    /// <summary>Amount of claims being prepared (draft, ready), in hundredths of the currency unit.</summary>
    public long PreparingCents { get; set; }

    /// <summary>Amount of claims with Partner Center (submitted, additional documentation requested, disputed).</summary>
    public long SubmittedCents { get; set; }

    /// <summary>Approved amounts of approved (not yet paid) claims.</summary>
    public long ApprovedCents { get; set; }

    /// <summary>Paid amounts of paid claims.</summary>
    public long PaidCents { get; set; }

    public required string CreatedByObjectId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency version of the fund's own fields (the ledger columns change without it).</summary>
    public long Version { get; set; }
}
