using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Counters;

/// <summary>
/// How many claims of a tenant have one status, deadline and currency, and their amounts summed (in ten-thousandths, the
/// claims' stored precision, so sums are exact on SQLite too). Kept by the claim unit of work in each change's transaction; the
/// dashboard's organization view reads these few thousand rows instead of every claim (issue 24, item 2).
/// </summary>
public sealed class ClaimCounter : ITenantOwned
{
    public required string TenantId { get; set; }

    public DateOnly Deadline { get; set; }

    public ClaimStatus Status { get; set; }

    public required string Currency { get; set; }

    /// <summary>Claims counted (0 once all of them moved elsewhere; rows are not deleted).</summary>
    public long Claims { get; set; }

    /// <summary>Their <see cref="Claim.Amount"/> summed, times <see cref="ClaimCounters.AmountScale"/>.</summary>
    public long AmountUnits { get; set; }
}
