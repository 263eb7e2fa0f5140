using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Funds;

/// <summary>A tenant's fund rows by their natural key (program, location, usage period, currency: one fund each): finding the
/// stored row of a fund, adding a new one or changing its amount, and what an import would do to each line.</summary>
internal static class FundRows
{
    /// <summary>What importing <paramref name="parsed"/> would do to <paramref name="stored"/>, line by line (not imported yet).</summary>
    public static FundImportPreview Preview(FundCsvResult parsed, Dictionary<FundKey, Fund> stored)
    {
        var lines = parsed.Lines.Select(l =>
        {
            var existing = stored.GetValueOrDefault(Key(l.Fund));
            var action = existing is null ? FundImportAction.Add : existing.Amount == l.Fund.Amount ? FundImportAction.Unchanged : FundImportAction.ChangeAmount;
            return new FundImportLine(l.Line, l.Fund, action, existing?.Amount);
        }).ToList();
        return new FundImportPreview(lines, parsed.Errors, parsed.TotalErrors, parsed.Separator, parsed.HeaderLanguage, Imported: false);
    }

    /// <summary>Adds <paramref name="fund"/> as a new row, or changes the amount of <paramref name="existing"/> (its next version).</summary>
    public static FundImportAction Upsert(ClaimsDbContext context, ClaimsCaller caller, NewFund fund, Fund? existing, DateTimeOffset now, out Fund row)
    {
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

    public static async Task<Dictionary<FundKey, Fund>> StoredByKeyAsync(ClaimsDbContext context, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? context.Funds : context.Funds.AsNoTracking();
        return (await query.ToListAsync(cancellationToken)).ToDictionary(f => new FundKey(f.Program, f.Location, f.UsageStart, f.UsageEnd, f.Currency));
    }

    public static IQueryable<Fund> Find(ClaimsDbContext context, NewFund fund)
    {
        var location = fund.Location ?? "";
        return context.Funds.Where(f => f.Program == fund.Program && f.Location == location && f.UsageStart == fund.UsageStart
            && f.UsageEnd == fund.UsageEnd && f.Currency == fund.Currency);
    }

    public static FundKey Key(NewFund fund) => new(fund.Program, fund.Location ?? "", fund.UsageStart, fund.UsageEnd, fund.Currency);

    /// <summary>No location is null (not blanks); the currency is trimmed and upper case.</summary>
    public static NewFund Normalize(NewFund fund) =>
        fund with { Location = string.IsNullOrWhiteSpace(fund.Location) ? null : fund.Location.Trim(), Currency = (fund.Currency ?? "").Trim().ToUpperInvariant() };
}

/// <summary>A fund's natural key: what makes a re-import change nothing (<c>UX_Funds_NaturalKey</c>).</summary>
internal readonly record struct FundKey(ClaimProgram Program, string Location, DateOnly UsageStart, DateOnly UsageEnd, string Currency);
