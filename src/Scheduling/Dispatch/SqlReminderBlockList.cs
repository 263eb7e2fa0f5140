using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Scheduling.Dispatch;

internal sealed class SqlReminderBlockList(ClaimsDatabase database) : IReminderBlockList
{
    public async Task BlockAsync(string tenantId, string userObjectId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        var ticks = at.UtcTicks;
        await context.Database.ExecuteSqlAsync(
            $"DELETE FROM COOP_REMINDER_BLOCKS WHERE TENANT_ID = {tenantId} AND USER_OBJECT_ID = {userObjectId}", cancellationToken);
        await context.Database.ExecuteSqlAsync(
            $"INSERT INTO COOP_REMINDER_BLOCKS (TENANT_ID, USER_OBJECT_ID, REASON, BLOCKED_AT) VALUES ({tenantId}, {userObjectId}, {reason}, {ticks})",
            cancellationToken);
    }

    public async Task<string?> FindAsync(string tenantId, string userObjectId, DateTimeOffset? conversationUpdatedAt, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        var rows = await context.Database
            .SqlQuery<BlockRow>($"SELECT REASON AS \"Reason\", BLOCKED_AT AS \"BlockedAt\" FROM COOP_REMINDER_BLOCKS WHERE TENANT_ID = {tenantId} AND USER_OBJECT_ID = {userObjectId}")
            .ToListAsync(cancellationToken);
        var row = rows.FirstOrDefault();
        if (row is null || (conversationUpdatedAt is { } updated && updated.UtcTicks > row.BlockedAt))
        {
            return null;
        }

        return row.Reason;
    }

    internal sealed record BlockRow(string Reason, long BlockedAt);
}
