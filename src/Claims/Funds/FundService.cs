using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
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

        fund = Normalize(fund);
        var errors = FundValidator.Validate(fund, options.Value);
        if (errors.Count > 0)
        {
            return ClaimResult.Invalid<FundRecorded>(errors);
        }

        await using var context = database.ForTenant(caller.TenantId);
        var existing = await Find(context, fund).FirstOrDefaultAsync(cancellationToken);
        var action = Upsert(context, caller, fund, existing, out var row);
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
        return fund is null ? ClaimResult.Refused<FundView>(ClaimErrorCode.FundNotFound) with { Outcome = ClaimOutcome.NotFound } : ClaimResult.Ok(FundView.From(fund));
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
        var stored = await StoredByKeyAsync(context, tracking: false, cancellationToken);
        return ClaimResult.Ok(Preview(parsed, stored, imported: false));
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
        var stored = await StoredByKeyAsync(context, tracking: true, cancellationToken);
        var preview = Preview(parsed, stored, imported: false);
        if (!preview.CanImport)
        {
            return ClaimResult.Ok(preview);
        }

        foreach (var (_, fund) in parsed.Lines)
        {
            Upsert(context, caller, fund, stored.GetValueOrDefault(Key(fund)), out _);
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
        var funds = await context.Funds.ToListAsync(cancellationToken);
        var sums = funds.ToDictionary(f => f.Id, _ => new long[4]);
        var rows = context.Claims.AsNoTracking().Where(c => c.FundId != null)
            .Select(c => new { c.FundId, c.Status, c.Amount, c.ApprovedAmount, c.PaidAmount }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (FundLedger.Contribution(row.FundId, row.Status, row.Amount, row.ApprovedAmount, row.PaidAmount) is { } c && sums.TryGetValue(c.FundId, out var sum))
            {
                sum[(int)c.Bucket] += c.Cents;
            }
        }

        var changed = 0;
        foreach (var fund in funds)
        {
            var sum = sums[fund.Id];
            if (fund.PreparingCents != sum[0] || fund.SubmittedCents != sum[1] || fund.ApprovedCents != sum[2] || fund.PaidCents != sum[3])
            {
                (fund.PreparingCents, fund.SubmittedCents, fund.ApprovedCents, fund.PaidCents) = (sum[0], sum[1], sum[2], sum[3]);
                changed++;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return changed;
    }

    private static FundImportPreview Preview(FundCsvResult parsed, Dictionary<FundKey, Fund> stored, bool imported)
    {
        var lines = parsed.Lines.Select(l =>
        {
            var existing = stored.GetValueOrDefault(Key(l.Fund));
            var action = existing is null ? FundImportAction.Add : existing.Amount == l.Fund.Amount ? FundImportAction.Unchanged : FundImportAction.ChangeAmount;
            return new FundImportLine(l.Line, l.Fund, action, existing?.Amount);
        }).ToList();
        return new FundImportPreview(lines, parsed.Errors, parsed.TotalErrors, parsed.Separator, parsed.HeaderLanguage, imported);
    }

    private FundImportAction Upsert(ClaimsDbContext context, ClaimsCaller caller, NewFund fund, Fund? existing, out Fund row)
    {
        var now = time.GetUtcNow();
        if (existing is null)
        {
            row = new Fund
            {
                Id = Guid.CreateVersion7(now),
                TenantId = caller.TenantId,
                Program = fund.Program,
                Location = fund.Location ?? "",
                UsageStart = fund.UsageStart,
                UsageEnd = fund.UsageEnd,
                ClaimDeadline = ClaimDates.Deadline(fund.UsageEnd),
                Amount = fund.Amount,
                Currency = fund.Currency,
                CreatedByObjectId = caller.UserObjectId,
                CreatedAt = now,
                UpdatedAt = now,
                Version = 1,
            };
            context.Funds.Add(row);
            return FundImportAction.Add;
        }

        row = existing;
        if (existing.Amount == fund.Amount)
        {
            return FundImportAction.Unchanged;
        }

        existing.Amount = fund.Amount;
        existing.UpdatedAt = now;
        existing.Version++;
        return FundImportAction.ChangeAmount;
    }

    private static async Task<Dictionary<FundKey, Fund>> StoredByKeyAsync(ClaimsDbContext context, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? context.Funds : context.Funds.AsNoTracking();
        return (await query.ToListAsync(cancellationToken)).ToDictionary(f => new FundKey(f.Program, f.Location, f.UsageStart, f.UsageEnd, f.Currency));
    }

    private static IQueryable<Fund> Find(ClaimsDbContext context, NewFund fund)
    {
        var location = fund.Location ?? "";
        return context.Funds.Where(f => f.Program == fund.Program && f.Location == location && f.UsageStart == fund.UsageStart
            && f.UsageEnd == fund.UsageEnd && f.Currency == fund.Currency);
    }

    private static FundKey Key(NewFund fund) => new(fund.Program, fund.Location ?? "", fund.UsageStart, fund.UsageEnd, fund.Currency);

    private static NewFund Normalize(NewFund fund) =>
        fund with { Location = string.IsNullOrWhiteSpace(fund.Location) ? null : fund.Location.Trim(), Currency = (fund.Currency ?? "").Trim().ToUpperInvariant() };

    private static bool IsAdministrator(ClaimsCaller caller) => ClaimAccessPolicy.IsValid(caller) && caller.IsIncentivesAdministrator;

    private readonly record struct FundKey(ClaimProgram Program, string Location, DateOnly UsageStart, DateOnly UsageEnd, string Currency);
}
