using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Claims.Funds;

/// <summary>A fund with its balances, all in <see cref="Currency"/>: available (the fund's amount), in claims being prepared,
/// submitted (with Partner Center), approved (not yet paid), paid, and <see cref="Unclaimed"/> = available − everything not
/// rejected or expired. Never added to a fund of another currency.</summary>
public sealed record FundView(
    Guid Id,
    ClaimProgram Program,
    string? Location,
    DateOnly UsageStart,
    DateOnly UsageEnd,
    DateOnly ClaimDeadline,
    string Currency,
    decimal Available,
    decimal Preparing,
    decimal Submitted,
    decimal Approved,
    decimal Paid,
    long Version)
{
    public decimal Unclaimed => Available - Preparing - Submitted - Approved - Paid;

    internal static FundView From(Fund f) => new(
        f.Id, f.Program, f.Location.Length == 0 ? null : f.Location, f.UsageStart, f.UsageEnd, f.ClaimDeadline, f.Currency, f.Amount,
        FundLedger.FromCents(f.PreparingCents), FundLedger.FromCents(f.SubmittedCents), FundLedger.FromCents(f.ApprovedCents),
        FundLedger.FromCents(f.PaidCents), f.Version);
}

/// <summary>The funds of one program in one currency added up (never across currencies), with the nearest claim deadline of a fund
/// that still has unclaimed money.</summary>
public sealed record FundTotals(
    ClaimProgram Program, string Currency, int Funds, decimal Available, decimal Preparing, decimal Submitted, decimal Approved, decimal Paid,
    decimal Unclaimed, DateOnly? NextDeadline)
{
    public static IReadOnlyList<FundTotals> Of(IEnumerable<FundView> funds, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(funds);
        return [.. funds.GroupBy(f => (f.Program, f.Currency))
            .Select(g => new FundTotals(
                g.Key.Program, g.Key.Currency, g.Count(), g.Sum(f => f.Available), g.Sum(f => f.Preparing), g.Sum(f => f.Submitted),
                g.Sum(f => f.Approved), g.Sum(f => f.Paid), g.Sum(f => f.Unclaimed),
                g.Where(f => f.Unclaimed > 0 && f.ClaimDeadline >= today).Select(f => (DateOnly?)f.ClaimDeadline).Min()))
            .OrderBy(t => t.Program).ThenBy(t => t.Currency, StringComparer.Ordinal)];
    }
}
