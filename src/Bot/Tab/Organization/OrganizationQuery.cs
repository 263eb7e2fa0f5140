using CoopAssistant.Claims.Rules;
using System.Globalization;
using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Counters;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Tab.Organization;

/// <summary>The organization view's aggregates, each one SQL query. Only rows the access policy lets the caller see are counted.
/// Administrators see the whole tenant: their counts and sums read the claim counters (<see cref="ClaimCounter"/>: one row per
/// deadline day, status and currency, kept in each claim change's transaction), so the view costs a few thousand rows whatever the
/// number of claims, and is also kept per tenant and day for <see cref="TabOptions.OrganizationCacheSeconds"/>. Others count
/// their own claims directly.</summary>
public sealed class OrganizationQuery(
    ClaimsDatabase database, ClaimClock clock, IOptions<TabOptions> options, IMemoryCache cache, CoopAssistant.Claims.Funds.IFundService funds)
{
    public static readonly IReadOnlyList<int> Windows = [14, 30, 45];

    private static readonly ClaimStatus[] SentToPartnerCenter = OrganizationCounts.SentToPartnerCenter;

    public async Task<OrganizationView> RunAsync(ClaimsCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var today = await clock.TodayAsync(caller.TenantId, caller.UserObjectId, cancellationToken);
        var seconds = options.Value.OrganizationCacheSeconds;
        if (seconds <= 0 || !caller.IsIncentivesAdministrator)
        {
            return await QueryAsync(caller, today, cancellationToken);
        }

        var key = (nameof(OrganizationQuery), caller.TenantId, today);
        if (cache.TryGetValue(key, out OrganizationView? cached) && cached is not null)
        {
            return cached;
        }

        var view = await QueryAsync(caller, today, cancellationToken);
        cache.Set(key, view, TimeSpan.FromSeconds(seconds));
        return view;
    }

    private async Task<OrganizationView> QueryAsync(ClaimsCaller caller, DateOnly today, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var context = database.ForTenant(caller.TenantId);
        var visible = context.Claims.AsNoTracking().Where(ClaimAccessPolicy.Visible(caller));

        // An administrator sees the whole tenant: the counts and sums come from the claim counters (a few rows per deadline day,
        // kept in each claim change's transaction) instead of every claim. Anyone else sees only their own claims: counted directly.
        var tenantWide = caller.IsIncentivesAdministrator;
        var expiring = tenantWide ? await CountedExpiringAsync(context.ClaimCounters.AsNoTracking(), today, cancellationToken) : await ExpiringAsync(visible, today, cancellationToken);
        var atRiskUntil = today.AddDays(settings.AtRiskDays);
        var atRisk = tenantWide
            ? [.. (await OrganizationCounts.AtRisk(context.ClaimCounters.AsNoTracking(), today, atRiskUntil).ToListAsync(cancellationToken))
                .Where(g => g.Claims > 0)
                .Select(g => new AmountAtRisk(g.Currency, ClaimCounters.Amount(g.AmountUnits), (int)g.Claims))]
            : await visible
                .Where(c => c.Status == ClaimStatus.Draft && c.Deadline >= today && c.Deadline <= atRiskUntil)
                .GroupBy(c => c.Currency)
                .Select(g => new AmountAtRisk(g.Key, g.Sum(c => c.Amount), g.Count()))
                .ToListAsync(cancellationToken);

        var open = from r in context.DocumentationRequests.AsNoTracking()
                   join c in visible on r.ClaimId equals c.Id
                   where r.ResolvedOn == null
                   select new { r, c.Title, c.OwnerDisplayName };
        var openCount = await open.CountAsync(cancellationToken);
        var requests = await open
            .OrderBy(x => x.r.RespondBy).ThenBy(x => x.r.Id)
            .Take(settings.MaxDocumentationRequests)
            .Select(x => new { x.r.ClaimId, x.Title, x.OwnerDisplayName, x.r.RequestedOn, x.r.RespondBy, x.r.WhatWasAsked, x.r.RespondByAssumed })
            .ToListAsync(cancellationToken);

        return new OrganizationView(
            today,
            expiring,
            settings.AtRiskDays,
            [.. atRisk.OrderByDescending(a => a.Amount).ThenBy(a => a.Currency, StringComparer.Ordinal)],
            openCount,
            [.. requests.Select(r => new OpenDocumentationRequest(
                r.ClaimId, ClaimNumber.For(r.ClaimId), r.Title, r.OwnerDisplayName, r.RequestedOn, r.RespondBy,
                r.RespondBy.DayNumber - today.DayNumber, r.WhatWasAsked, DocumentationRequestView.AssumedDaysOf(r.RespondByAssumed, r.RequestedOn, r.RespondBy)))],
            tenantWide ? await CountedMonthsAsync(context.ClaimCounters.AsNoTracking(), today, settings.Months, cancellationToken) : await MonthsAsync(visible, today, settings.Months, cancellationToken))
        {
            Funds = (await funds.ListAsync(caller, cancellationToken)).Value is { } all
                ? CoopAssistant.Claims.Funds.FundTotals.Of(all.Where(f => f.ClaimDeadline >= today), today)
                : [],
        };
    }

    private static async Task<IReadOnlyList<ExpiringWindow>> ExpiringAsync(IQueryable<Claim> visible, DateOnly today, CancellationToken cancellationToken)
    {
        var d14 = today.AddDays(Windows[0]);
        var d30 = today.AddDays(Windows[1]);
        var d45 = today.AddDays(Windows[2]);
        var counts = await visible
            .Where(c => (c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready) && c.Deadline >= today && c.Deadline <= d45)
            .GroupBy(c => 1)
            .Select(g => new { In14 = g.Count(c => c.Deadline <= d14), In30 = g.Count(c => c.Deadline <= d30), In45 = g.Count() })
            .FirstOrDefaultAsync(cancellationToken);
        return [new(Windows[0], counts?.In14 ?? 0), new(Windows[1], counts?.In30 ?? 0), new(Windows[2], counts?.In45 ?? 0)];
    }

    private static async Task<IReadOnlyList<ExpiringWindow>> CountedExpiringAsync(IQueryable<ClaimCounter> counters, DateOnly today, CancellationToken cancellationToken)
    {
        var counts = await OrganizationCounts.Expiring(counters, today, Windows).FirstOrDefaultAsync(cancellationToken);
        return [new(Windows[0], (int)(counts?.In14 ?? 0)), new(Windows[1], (int)(counts?.In30 ?? 0)), new(Windows[2], (int)(counts?.In45 ?? 0))];
    }

    private static async Task<IReadOnlyList<MonthOutcome>> CountedMonthsAsync(IQueryable<ClaimCounter> counters, DateOnly today, int months, CancellationToken cancellationToken)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Math.Max(1, months));
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var rows = await OrganizationCounts.Months(counters, today, first, last).ToListAsync(cancellationToken);
        return Months(first, last, rows.ToDictionary(r => (r.Year, r.Month), r => ((int)r.Submitted, (int)r.Expired)));
    }

    private static async Task<IReadOnlyList<MonthOutcome>> MonthsAsync(IQueryable<Claim> visible, DateOnly today, int months, CancellationToken cancellationToken)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Math.Max(1, months));
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var rows = await visible
            .Where(c => c.Deadline >= first && c.Deadline <= last)
            .GroupBy(c => new { c.Deadline.Year, c.Deadline.Month })
            .Select(g => new
            {
                g.Key.Year,
                g.Key.Month,
                Submitted = g.Count(c => SentToPartnerCenter.Contains(c.Status)),
                Expired = g.Count(c => c.Status == ClaimStatus.Expired
                    || ((c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready) && c.Deadline < today)),
            })
            .ToListAsync(cancellationToken);
        return Months(first, last, rows.ToDictionary(r => (r.Year, r.Month), r => (r.Submitted, r.Expired)));
    }

    private static List<MonthOutcome> Months(DateOnly first, DateOnly last, Dictionary<(int Year, int Month), (int Submitted, int Expired)> byMonth)
    {
        var result = new List<MonthOutcome>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var (submitted, expired) = byMonth.GetValueOrDefault((month.Year, month.Month));
            result.Add(new MonthOutcome(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), submitted, expired));
        }

        return result;
    }
}
