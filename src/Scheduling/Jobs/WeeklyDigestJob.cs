using System.Globalization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Scheduling.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace CoopAssistant.Scheduling.Jobs;

/// <summary>Quartz job (weekly cron, one firing per cluster): each tenant administrator gets the tenant's unsubmitted claims
/// expiring within <see cref="ReminderOptions.DigestWithinDays"/> days and its open documentation requests; so does the team
/// channel or group chat an administrator chose for it.</summary>
[DisallowConcurrentExecution]
public sealed class WeeklyDigestJob(
    ClaimsDatabase database, IReminderSender sender, CoopAssistant.Claims.Rules.ClaimClock clock, IOptions<ReminderOptions> options, CoopAssistant.Claims.Funds.IFundService funds) : IJob
{
    public static readonly JobKey Key = new("weekly-digest", "coop");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await SendAllAsync(cancellationToken);

    public async Task<int> SendAllAsync(CancellationToken cancellationToken)
    {
        List<TenantRole> admins;
        await using (var system = database.ForSystem())
        {
            admins = await system.TenantRoles.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.Role == TenantRole.IncentivesAdministrator).ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var tenant in admins.GroupBy(a => a.TenantId))
        {
            // The tenant's "today" (its default zone): the digest goes to the whole team, so it is not any one person's evening.
            var today = clock.Today(clock.Zone(tenant.Key, null));
            var limit = today.AddDays(Math.Max(0, options.Value.DigestWithinDays));
            var week = ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture) + "W" +
                ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)).ToString("00", CultureInfo.InvariantCulture);
            await using var context = database.ForTenant(tenant.Key);
            var expiring = await context.Claims.AsNoTracking()
                .Where(c => (c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.Ready) && c.Deadline <= limit && c.Deadline >= today)
                .OrderBy(c => c.Deadline).Take(50)
                .Select(c => new DigestClaim(c.Id, c.Title, c.OwnerDisplayName, c.Deadline)).ToListAsync(cancellationToken);
            var openRows = await context.DocumentationRequests.AsNoTracking()
                .Where(r => r.ResolvedOn == null)
                .Join(context.Claims, r => r.ClaimId, c => c.Id, (r, c) => new { r, c.Title })
                .OrderBy(x => x.r.RespondBy).Take(50)
                .Select(x => new { x.r.ClaimId, x.Title, x.r.WhatWasAsked, x.r.RespondBy, x.r.RequestedOn, x.r.RespondByAssumed }).ToListAsync(cancellationToken);
            var open = openRows.Select(x => new DigestRequest(
                x.ClaimId, x.Title, x.WhatWasAsked, x.RespondBy, DocumentationRequestView.AssumedDaysOf(x.RespondByAssumed, x.RequestedOn, x.RespondBy))).ToList();
            var administrator = new CoopAssistant.Claims.Access.ClaimsCaller(tenant.Key, tenant.First().UserObjectId, null, true);
            var unclaimed = CoopAssistant.Claims.Funds.FundTotals.Of(
                    ((await funds.ListAsync(administrator, cancellationToken)).Value ?? []).Where(f => f.ClaimDeadline >= today && f.Unclaimed > 0), today)
                .ToList();
            if (expiring.Count == 0 && open.Count == 0 && unclaimed.Count == 0)
            {
                continue;
            }

            // The channel an administrator chose for the whole team, besides each administrator's own copy.
            var channelDigest = new DigestMessage($"digest:{tenant.Key}:channel:{week}", tenant.Key, string.Empty, expiring, open);
            if ((await sender.SendChannelDigestAsync(channelDigest, cancellationToken)).IsOk)
            {
                sent++;
            }

            foreach (var admin in tenant)
            {
                var message = new DigestMessage($"digest:{tenant.Key}:{admin.UserObjectId}:{week}", tenant.Key, admin.UserObjectId, expiring, open, unclaimed);
                if ((await sender.SendDigestAsync(message, cancellationToken)).IsOk)
                {
                    sent++;
                }
            }
        }

        return sent;
    }
}
