using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>A fund with unclaimed money near its claim deadline (or at its usage period's end), for one administrator: the fund's
/// balances and the claims in progress that could use it. <see cref="Milestone"/> is "30d", "14d", "7d" or "end".</summary>
public sealed record FundAlertMessage(
    string IdempotencyKey, string TenantId, string AdministratorObjectId, string Milestone, FundView Fund, IReadOnlyList<ClaimSummary> Claims);
