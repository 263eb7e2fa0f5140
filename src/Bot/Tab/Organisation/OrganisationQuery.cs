using System.Globalization;
using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Tab.Organisation;

/// <summary>The organisation view's aggregates, each one SQL query (COUNT / SUM / GROUP BY in the database; the deadline range
/// reads the covering index <c>IX_Claims_Tenant_Deadline_Status</c>). Only rows the access policy lets the caller see are counted. Administrators see
/// the whole tenant, so the view is kept per tenant and day for <see cref="TabOptions.OrganisationCacheSeconds"/>.</summary>
public sealed class OrganisationQuery(
    ClaimsDatabase database, TimeProvider time, IOptions<TabOptions> options, IMemoryCache cache, CoopAssistant.Claims.Funds.IFundService funds)
{
    public static readonly IReadOnlyList<int> Windows = [14, 30, 45];

    private static readonly ClaimStatus[] SentToPartnerCenter =
    [
        ClaimStatus.Submitted, ClaimStatus.AdditionalDocumentationRequested, ClaimStatus.Approved, ClaimStatus.Rejected,
        ClaimStatus.Paid, ClaimStatus.Disputed,
    ];

    public async Task<OrganisationView> RunAsync(ClaimsCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var today = TabClock.Today(time);
        var seconds = options.Value.OrganisationCacheSeconds;
        if (seconds <= 0 || !caller.IsIncentivesAdministrator)
        {
            return await QueryAsync(caller, today, cancellationToken);
        }

        var key = (nameof(OrganisationQuery), caller.TenantId, today);
        if (cache.TryGetValue(key, out OrganisationView? cached) && cached is not null)
        {
            return cached;
        }

        var view = await QueryAsync(caller, today, cancellationToken);
        cache.Set(key, view, TimeSpan.FromSeconds(seconds));
        return view;
    }

    private async Task<OrganisationView> QueryAsync(ClaimsCaller caller, DateOnly today, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var context = database.ForTenant(caller.TenantId);
        var visible = context.Claims.AsNoTracking().Where(ClaimAccessPolicy.Visible(caller));

        var expiring = await ExpiringAsync(visible, today, cancellationToken);
        var atRiskUntil = today.AddDays(settings.AtRiskDays);
        var atRisk = await visible
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
            .Select(x => new { x.r.ClaimId, x.Title, x.OwnerDisplayName, x.r.RequestedOn, x.r.RespondBy, x.r.WhatWasAsked })
            .ToListAsync(cancellationToken);

        return new OrganisationView(
            today,
            expiring,
            settings.AtRiskDays,
            [.. atRisk.OrderByDescending(a => a.Amount).ThenBy(a => a.Currency, StringComparer.Ordinal)],
            openCount,
            [.. requests.Select(r => new OpenDocumentationRequest(
                r.ClaimId, ClaimReference.For(r.ClaimId), r.Title, r.OwnerDisplayName, r.RequestedOn, r.RespondBy,
                r.RespondBy.DayNumber - today.DayNumber, r.WhatWasAsked))],
            await MonthsAsync(visible, today, settings.Months, cancellationToken))
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
        var byMonth = rows.ToDictionary(r => (r.Year, r.Month));
        var result = new List<MonthOutcome>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var row = byMonth.GetValueOrDefault((month.Year, month.Month));
            result.Add(new MonthOutcome(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), row?.Submitted ?? 0, row?.Expired ?? 0));
        }

        return result;
    }
}
