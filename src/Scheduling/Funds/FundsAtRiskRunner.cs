using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Scheduling.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Scheduling.Funds;

/// <summary>
/// Tells every Incentives administrator of a tenant, once per fund and milestone, that a fund still has unclaimed money: 30, 14
/// and 7 days before its claim deadline and on its usage period's last day (<see cref="FundMilestones"/>). Each (fund, milestone,
/// administrator) is claimed in <c>FundAlerts</c> before it is sent, so two hosts or two runs never send it twice; a failed send
/// gives the claim back for the next run. When an administrator chose a channel for the tenant (<see cref="IDigestChannelStore"/>,
/// "digest here"), each (fund, milestone) is also posted there once, as the recipient <see cref="ChannelRecipient"/>, without
/// the claims in progress (their titles and owners are not for the whole team).
/// </summary>
public sealed partial class FundsAtRiskRunner(
    ClaimsDatabase database, IFundService funds, IFundAlertSender sender, IDigestChannelStore channels, TimeProvider time, CoopAssistant.Claims.Rules.ClaimClock clock, IOptions<ReminderOptions> options, ILogger<FundsAtRiskRunner> logger)
{
    /// <summary>A claimed alert not marked sent after this long (its host died) is claimed again.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>The <c>FundAlerts</c> recipient of the tenant's chosen channel (no user's object id looks like it).</summary>
    public const string ChannelRecipient = "#channel";

    /// <summary>Sends what is due now; returns how many alerts were sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<TenantRole> admins;
        await using (var system = database.ForSystem())
        {
            admins = await system.TenantRoles.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.Role == TenantRole.IncentivesAdministrator).ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var tenant in admins.GroupBy(a => a.TenantId))
        {
            var zone = clock.Zone(tenant.Key, null);
            var today = clock.Today(zone);
            List<Fund> open;
            await using (var context = database.ForTenant(tenant.Key))
            {
                open = await context.Funds.AsNoTracking().Where(f => f.ClaimDeadline >= today).ToListAsync(cancellationToken);
            }

            var channel = open.Count == 0 ? null : await channels.FindAsync(tenant.Key, cancellationToken);
            foreach (var fund in open)
            {
                var view = (await funds.GetAsync(Administrator(tenant.Key, tenant.First().UserObjectId), fund.Id, cancellationToken)).Value;
                if (view is not { Unclaimed: > 0 } || FundMilestones.DueNow(fund, zone, now, options.Value) is not { } due)
                {
                    continue;
                }

                var claims = (await funds.ClaimsForAsync(Administrator(tenant.Key, tenant.First().UserObjectId), fund.Id, 10, cancellationToken)).Value ?? [];
                foreach (var admin in tenant.Select(a => a.UserObjectId).Distinct(StringComparer.Ordinal))
                {
                    if (await SendOnceAsync(tenant.Key, fund.Id, due.Milestone, admin, view, claims, cancellationToken))
                    {
                        sent++;
                    }
                }

                if (channel is not null && await SendOnceAsync(tenant.Key, fund.Id, due.Milestone, ChannelRecipient, view, [], cancellationToken))
                {
                    sent++;
                }
            }
        }

        return sent;
    }

    private async Task<bool> SendOnceAsync(
        string tenantId, Guid fundId, string milestone, string admin, FundView fund, IReadOnlyList<Claims.Services.ClaimSummary> claims, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var context = database.ForTenant(tenantId);
        var existing = await context.FundAlerts.AsNoTracking()
            .FirstOrDefaultAsync(a => a.FundId == fundId && a.Milestone == milestone && a.RecipientObjectId == admin, cancellationToken);
        Guid rowId;
        if (existing is null)
        {
            var row = new FundAlert { Id = Guid.NewGuid(), TenantId = tenantId, FundId = fundId, Milestone = milestone, RecipientObjectId = admin, ClaimedAt = now };
            context.FundAlerts.Add(row);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return false; // another host or run claimed it first
            }

            rowId = row.Id;
        }
        else
        {
            var staleBefore = now - Lease;
            var claimedAt = existing.ClaimedAt;
            if (existing.SentAt is not null || claimedAt > staleBefore
                || await context.FundAlerts.Where(a => a.Id == existing.Id && a.SentAt == null && a.ClaimedAt == claimedAt)
                    .ExecuteUpdateAsync(set => set.SetProperty(a => a.ClaimedAt, now), cancellationToken) != 1)
            {
                return false;
            }

            rowId = existing.Id;
        }

        var key = $"fundalert:{fundId:N}:{milestone}:{admin}";
        Result<Done, SendFailure> result;
        try
        {
            result = admin == ChannelRecipient
                ? await sender.SendChannelFundAlertAsync(new FundAlertMessage(key, tenantId, string.Empty, milestone, fund, []), cancellationToken)
                : await sender.SendFundAlertAsync(new FundAlertMessage(key, tenantId, admin, milestone, fund, claims), cancellationToken);
        }
#pragma warning disable CA1031 // Any send failure gives the alert back for the next run; it must not be lost.
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogSendFailed(ex, key);
            result = new SendFailure(SendFailureKind.Failed, ex.GetType().Name);
        }

        if (result.IsOk || result.Error.Kind == SendFailureKind.Blocked)
        {
            var sentAt = time.GetUtcNow();
            await context.FundAlerts.Where(a => a.Id == rowId).ExecuteUpdateAsync(set => set.SetProperty(a => a.SentAt, sentAt), CancellationToken.None);
            return result.IsOk;
        }

        await context.FundAlerts.Where(a => a.Id == rowId && a.SentAt == null).ExecuteDeleteAsync(CancellationToken.None);
        LogNotSent(key, SendFailure.NameOf(result));
        return false;
    }

    private static ClaimsCaller Administrator(string tenantId, string objectId) => new(tenantId, objectId, null, true);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "Funds-at-risk alert {Key} could not be sent; the next run tries again")]
    private partial void LogSendFailed(Exception exception, string key);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Funds-at-risk alert {Key} not sent ({Outcome}); the next run tries again")]
    private partial void LogNotSent(string key, string outcome);
}
