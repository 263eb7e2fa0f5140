using CoopAssistant.Claims.Counters;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Bot.Tab.Organization;

/// <summary>Per-window and per-month sums of one tenant's claim counters.</summary>
public sealed record ExpiringCounts(long In14, long In30, long In45);

/// <summary>One currency's at-risk drafts, summed.</summary>
public sealed record AtRiskCounts(string Currency, long AmountUnits, long Claims);

/// <summary>One deadline month's claims sent to Partner Center and expired.</summary>
public sealed record MonthCounts(int Year, int Month, long Submitted, long Expired);

/// <summary>
/// The organization view's tenant-wide aggregates over <see cref="ClaimCounter"/> rows (the context's tenant filter scopes them),
/// as queries, so bench/Tab.Bench can show their plans (EXPLAIN) beside the numbers.
/// </summary>
public static class OrganizationCounts
{
    public static readonly ClaimStatus[] SentToPartnerCenter =
    [
        ClaimStatus.Submitted, ClaimStatus.AdditionalDocumentationRequested, ClaimStatus.Approved, ClaimStatus.Rejected,
        ClaimStatus.Paid, ClaimStatus.Disputed,
    ];

    /// <summary>Draft and ready claims whose deadline is within 14, 30 and 45 days from today.</summary>
    public static IQueryable<ExpiringCounts> Expiring(IQueryable<ClaimCounter> counters, DateOnly today, IReadOnlyList<int> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var d14 = today.AddDays(windows[0]);
        var d30 = today.AddDays(windows[1]);
        var d45 = today.AddDays(windows[2]);
        return counters
            .Where(c => (c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready) && c.Deadline >= today && c.Deadline <= d45)
            .GroupBy(c => 1)
            .Select(g => new ExpiringCounts(g.Sum(c => c.Deadline <= d14 ? c.Claims : 0), g.Sum(c => c.Deadline <= d30 ? c.Claims : 0), g.Sum(c => c.Claims)));
    }

    /// <summary>Drafts whose deadline is between today and <paramref name="until"/>, per currency.</summary>
    public static IQueryable<AtRiskCounts> AtRisk(IQueryable<ClaimCounter> counters, DateOnly today, DateOnly until) => counters
        .Where(c => c.Status == ClaimStatus.Draft && c.Deadline >= today && c.Deadline <= until)
        .GroupBy(c => c.Currency)
        .Select(g => new AtRiskCounts(g.Key, g.Sum(c => c.AmountUnits), g.Sum(c => c.Claims)));

    /// <summary>Per deadline month from <paramref name="first"/> to <paramref name="last"/>: claims sent to Partner Center, and
    /// claims expired (or still draft or ready past their deadline).</summary>
    public static IQueryable<MonthCounts> Months(IQueryable<ClaimCounter> counters, DateOnly today, DateOnly first, DateOnly last) => counters
        .Where(c => c.Deadline >= first && c.Deadline <= last)
        .GroupBy(c => new { c.Deadline.Year, c.Deadline.Month })
        .Select(g => new MonthCounts(
            g.Key.Year,
            g.Key.Month,
            g.Sum(c => SentToPartnerCenter.Contains(c.Status) ? c.Claims : 0),
            g.Sum(c => c.Status == ClaimStatus.Expired || ((c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready) && c.Deadline < today) ? c.Claims : 0)));
}
