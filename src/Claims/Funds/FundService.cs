using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Funds;

internal sealed class FundService(ClaimsDatabase database, TimeProvider time, IOptions<ClaimsOptions> options) : IFundService
{
    public async Task<ClaimResult<FundRecorded>> RecordAsync(ClaimsCaller caller, NewFund fund, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(fund);
        if (!IsAdministrator(caller))
        {
            return ClaimResult.Forbidden<FundRecorded>();
        }

        fund = FundRows.Normalize(fund);
        var errors = FundValidator.Validate(fund, options.Value);
        if (errors.Count > 0)
        {
            return ClaimResult.Invalid<FundRecorded>(errors);
        }

        await using var context = database.ForTenant(caller.TenantId);
        var existing = await FundRows.Find(context, fund).FirstOrDefaultAsync(cancellationToken);
        var action = FundRows.Upsert(context, caller, fund, existing, time.GetUtcNow(), out var row);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return ClaimResult.Conflict<FundRecorded>();
        }

        return ClaimResult.Ok(new FundRecorded(FundView.From(row), action));
    }

    public async Task<ClaimResult<IReadOnlyList<FundView>>> ListAsync(ClaimsCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!IsAdministrator(caller))
        {
            return ClaimResult.Forbidden<IReadOnlyList<FundView>>();
        }

        await using var context = database.ForTenant(caller.TenantId);
        var funds = await context.Funds.AsNoTracking()
            .OrderByDescending(f => f.UsageEnd).ThenBy(f => f.Program).ThenBy(f => f.Location).ThenBy(f => f.Currency)
            .ToListAsync(cancellationToken);
        return ClaimResult.Ok<IReadOnlyList<FundView>>([.. funds.Select(FundView.From)]);
    }

    public async Task<ClaimResult<FundView>> GetAsync(ClaimsCaller caller, Guid fundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!IsAdministrator(caller))
        {
            return ClaimResult.Forbidden<FundView>();
        }

        await using var context = database.ForTenant(caller.TenantId);
        var fund = await context.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fundId, cancellationToken);
        return fund is null ? ClaimResult.NotFound<FundView>(ClaimErrorCode.FundNotFound) : ClaimResult.Ok(FundView.From(fund));
    }

    public async Task<ClaimResult<IReadOnlyList<ClaimSummary>>> ClaimsForAsync(ClaimsCaller caller, Guid fundId, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!IsAdministrator(caller))
        {
            return ClaimResult.Forbidden<IReadOnlyList<ClaimSummary>>();
        }

        await using var context = database.ForTenant(caller.TenantId);
        var fund = await context.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fundId, cancellationToken);
        if (fund is null)
        {
            return ClaimResult.NotFound<IReadOnlyList<ClaimSummary>>();
        }

        var list = await InProgressFor(context, fund).Take(Math.Clamp(take, 0, 200)).ToListAsync(cancellationToken);
        return ClaimResult.Ok<IReadOnlyList<ClaimSummary>>(list);
    }

    /// <summary>Claims in progress drawing on <paramref name="fund"/> or fitting it without a fund, most urgent first.</summary>
    internal static IQueryable<ClaimSummary> InProgressFor(ClaimsDbContext context, Fund fund)
    {
        var (id, program, currency, start, end) = (fund.Id, fund.Program, fund.Currency, fund.UsageStart, fund.UsageEnd);
        return context.Claims.AsNoTracking()
            .Where(c => c.FundId == id
                || (c.FundId == null && c.Program == program && c.Currency == currency && c.UsageStart >= start && c.UsageEnd <= end))
            .Where(c => c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready || c.Status == ClaimStatus.Submitted
                || c.Status == ClaimStatus.AdditionalDocumentationRequested || c.Status == ClaimStatus.Disputed)
            .OrderBy(c => c.UrgencyDate).ThenBy(c => c.Id)
            .Select(c => new ClaimSummary(c.Id, c.OwnerObjectId, c.OwnerDisplayName, c.Title, c.Status, c.Deadline, c.UrgencyDate, c.Amount, c.Currency, c.Version));
    }

    public async Task<ClaimResult<FundImportPreview>> PreviewImportAsync(ClaimsCaller caller, string csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!IsAdministrator(caller))
        {
            return ClaimResult.Forbidden<FundImportPreview>();
        }

        var parsed = FundCsv.Parse(csv, options.Value);
        await using var context = database.ForTenant(caller.TenantId);
        var stored = await FundRows.StoredByKeyAsync(context, tracking: false, cancellationToken);
        return ClaimResult.Ok(FundRows.Preview(parsed, stored));
    }

    public async Task<ClaimResult<FundImportPreview>> ImportAsync(ClaimsCaller caller, string csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!IsAdministrator(caller))
        {
            return ClaimResult.Forbidden<FundImportPreview>();
        }

        var parsed = FundCsv.Parse(csv, options.Value);
        await using var context = database.ForTenant(caller.TenantId);
        var stored = await FundRows.StoredByKeyAsync(context, tracking: true, cancellationToken);
        var preview = FundRows.Preview(parsed, stored);
        if (!preview.CanImport)
        {
            return ClaimResult.Ok(preview);
        }

        foreach (var (_, fund) in parsed.Lines)
        {
            FundRows.Upsert(context, caller, fund, stored.GetValueOrDefault(FundRows.Key(fund)), time.GetUtcNow(), out _);
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another import or recording of the same funds got there first: nothing of this one was stored.
            return ClaimResult.Conflict<FundImportPreview>();
        }

        return ClaimResult.Ok(preview with { Imported = true });
    }

    public async Task<int> RebuildLedgerAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var context = database.ForTenant(tenantId);
        return await FundLedgerRebuild.RunAsync(context, cancellationToken);
    }

    private static bool IsAdministrator(ClaimsCaller caller) => ClaimAccessPolicy.IsValid(caller) && caller.IsIncentivesAdministrator;
}
