using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Results;
using CoopAssistant.Scheduling.Storage;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Scheduling.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>Sends due reminder rows exactly once: lease (atomic, expiring) → re-check the claim → send with the row's
/// idempotency key → mark sent. A node that dies after sending leaves a lease that expires; the row is then re-sent with the
/// same key (the only window where a receiver may see it twice, and it can tell by the key).</summary>
public sealed partial class ReminderDispatcher(
    IReminderStore store,
    ClaimsDatabase database,
    IReminderSender sender,
    IReminderBlockList blocks,
    IConversationReferenceStore conversations,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderDispatcher> logger)
{
    private readonly string _node = options.Value.NodeId ?? $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    public string NodeId => _node;

    /// <summary>Sends every due row (batch after batch) until none is left that this node can lease.</summary>
    public async Task<DispatchSummary> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var counters = new int[5];
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = await store.GetLeasableAsync(time.GetUtcNow(), Math.Max(1, o.DispatchBatchSize), cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            var handledBefore = counters[0] + counters[1] + counters[2] + counters[3];
            await Parallel.ForEachAsync(
                due,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, o.DispatchParallelism), CancellationToken = cancellationToken },
                async (reminder, token) => Interlocked.Increment(ref counters[(int)await HandleAsync(reminder, token)]));
            if (counters[0] + counters[1] + counters[2] + counters[3] == handledBefore)
            {
                break;
            }
        }

        return new DispatchSummary(counters[0], counters[1], counters[2], counters[3], counters[4]);
    }

    private async Task<Handled> HandleAsync(Reminder row, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        if (!await store.TryLeaseAsync(row.Id, _node, now, TimeSpan.FromSeconds(Math.Max(5, o.LeaseSeconds)), cancellationToken))
        {
            return Handled.LeaseLost;
        }

        if (!ReminderKey.TryParse(row.IdempotencyKey, out var key))
        {
            LogSkipped(row.IdempotencyKey, "unknown key");
            return await FinishAsync(row, Handled.Skipped, cancellationToken);
        }

        Claim? claim;
        var stillAdministrator = true;
        await using (var context = database.ForTenant(row.TenantId))
        {
            claim = await context.Claims.AsNoTracking().Include(c => c.Evidence).Include(c => c.DocumentationRequests).AsSplitQuery()
                .FirstOrDefaultAsync(c => c.Id == row.ClaimId, cancellationToken);
            if (key.Recipient is { } administrator)
            {
                // Planned for an administrator: someone removed from Claims:Administrators since is told nothing more.
                stillAdministrator = await context.TenantRoles.AnyAsync(
                    r => r.TenantId == row.TenantId && r.UserObjectId == administrator && r.Role == TenantRole.IncentivesAdministrator, cancellationToken);
            }
        }

        if (claim is null || !ReminderPlanCalculator.StillNeeded(key, claim))
        {
            LogSkipped(row.IdempotencyKey, "no longer needed");
            return await FinishAsync(row, Handled.Skipped, cancellationToken);
        }

        if (!stillAdministrator)
        {
            LogSkipped(row.IdempotencyKey, "recipient is no longer an administrator");
            return await FinishAsync(row, Handled.Skipped, cancellationToken);
        }

        var recipient = key.Recipient ?? claim.OwnerObjectId;
        var conversation = await conversations.FindAsync(row.TenantId, recipient, cancellationToken);
        if (await blocks.FindAsync(row.TenantId, recipient, conversation?.UpdatedAt, cancellationToken) is { } reason)
        {
            LogSkipped(row.IdempotencyKey, "recipient blocked: " + reason);
            return await FinishAsync(row, Handled.Skipped, cancellationToken);
        }

        if (row.Attempts > Math.Max(1, o.MaxAttempts))
        {
            LogGaveUp(row.IdempotencyKey, row.Attempts);
            return await FinishAsync(row, Handled.Skipped, cancellationToken);
        }

        var request = key.RequestId is { } requestId ? claim.DocumentationRequests.FirstOrDefault(r => r.Id == requestId) : null;
        var message = new ReminderMessage(
            row.IdempotencyKey, key.Notice, row.TenantId, recipient, key.Recipient is null, claim.Id, claim.Version, claim.Title, claim.Status,
            claim.Deadline, claim.RetentionEnd, Checklist.Evaluate(claim).Missing, request?.Id, request?.WhatWasAsked, request?.RespondBy,
            request is null ? null : DocumentationRequestView.AssumedDaysOf(request.RespondByAssumed, request.RequestedOn, request.RespondBy));

        Result<Done, SendFailure> result;
        try
        {
            result = await sender.SendAsync(message, cancellationToken);
        }
#pragma warning disable CA1031 // Any send failure is retried later; the row must not be lost.
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogSendFailed(ex, row.IdempotencyKey);
            result = new SendFailure(SendFailureKind.Failed, ex.GetType().Name);
        }

        if (result.IsOk)
        {
            return await FinishAsync(row, Handled.Sent, cancellationToken);
        }

        switch (result.Error.Kind)
        {
            case SendFailureKind.Blocked:
                await blocks.BlockAsync(row.TenantId, recipient, result.Error.Reason, time.GetUtcNow(), cancellationToken);
                LogBlocked(row.TenantId, recipient, result.Error.Reason);
                return await FinishAsync(row, Handled.Blocked, cancellationToken);
            case SendFailureKind.Unreachable:
                await store.ReleaseAsync(row.Id, _node, time.GetUtcNow().AddDays(1), cancellationToken);
                return Handled.Retried;
            default:
                var delay = TimeSpan.FromSeconds(Math.Max(1, o.RetryDelaySeconds) * Math.Pow(2, Math.Min(row.Attempts, 6)));
                await store.ReleaseAsync(row.Id, _node, time.GetUtcNow() + delay, cancellationToken);
                return Handled.Retried;
        }
    }

    private async Task<Handled> FinishAsync(Reminder row, Handled handled, CancellationToken cancellationToken)
    {
        // Not cancellable: once sent, the mark must land even when the host is stopping.
        _ = cancellationToken;
        return await store.MarkSentAsync(row.Id, _node, time.GetUtcNow(), CancellationToken.None) ? handled : Handled.LeaseLost;
    }

    private enum Handled
    {
        Sent = 0,
        Skipped = 1,
        Blocked = 2,
        Retried = 3,
        LeaseLost = 4,
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Reminder {Key} not sent: {Reason}")]
    private partial void LogSkipped(string key, string reason);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Reminder {Key} given up after {Attempts} attempts")]
    private partial void LogGaveUp(string key, int attempts);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Reminder {Key} could not be sent; it will be retried")]
    private partial void LogSendFailed(Exception exception, string key);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Reminders stopped for user {UserObjectId} of tenant {TenantId}: {Reason}")]
    private partial void LogBlocked(string tenantId, string userObjectId, string reason);
}
