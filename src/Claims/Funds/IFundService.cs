using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Claims.Funds;

/// <summary>Co-op funds of a tenant. Recording and importing are for Incentives administrators; reading the list and balances too
/// (a claim's own fund is on its <see cref="ClaimView.Fund"/> for whoever may read the claim).</summary>
public interface IFundService
{
    /// <summary>Records a fund, or changes the amount of the fund with the same program, location, usage period and currency.</summary>
    Task<ClaimResult<FundRecorded>> RecordAsync(ClaimsCaller caller, NewFund fund, CancellationToken cancellationToken);

    /// <summary>Every fund with its balances (ledger columns, one row per fund), latest usage period first.</summary>
    Task<ClaimResult<IReadOnlyList<FundView>>> ListAsync(ClaimsCaller caller, CancellationToken cancellationToken);

    Task<ClaimResult<FundView>> GetAsync(ClaimsCaller caller, Guid fundId, CancellationToken cancellationToken);

    /// <summary>Claims in progress (being prepared or with Partner Center) that draw on the fund, or could (same program, currency,
    /// usage period inside the fund's, no fund yet).</summary>
    Task<ClaimResult<IReadOnlyList<ClaimSummary>>> ClaimsForAsync(ClaimsCaller caller, Guid fundId, int take, CancellationToken cancellationToken);

    /// <summary>Reads a CSV file of funds and says what importing it would do, line by line; stores nothing.</summary>
    Task<ClaimResult<FundImportPreview>> PreviewImportAsync(ClaimsCaller caller, string csv, CancellationToken cancellationToken);

    /// <summary>Imports the file in one transaction when it has no error (otherwise stores nothing and returns the errors).
    /// Importing the same file again changes nothing.</summary>
    Task<ClaimResult<FundImportPreview>> ImportAsync(ClaimsCaller caller, string csv, CancellationToken cancellationToken);

    /// <summary>Recomputes every fund's ledger of the tenant from its claims (repairs, bulk-loaded data); returns the funds that changed.</summary>
    Task<int> RebuildLedgerAsync(string tenantId, CancellationToken cancellationToken);
}

/// <summary>A recorded fund and whether it was new, changed (its amount) or already there as entered.</summary>
public sealed record FundRecorded(FundView Fund, FundImportAction Action);
