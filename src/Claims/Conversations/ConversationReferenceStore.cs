using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Conversations;

internal sealed class ConversationReferenceStore(ClaimsDatabase database) : IConversationReferenceStore
{
    public async Task<ConversationReferenceRecord?> FindAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        var row = await context.ConversationReferences.AsNoTracking()
            .FirstOrDefaultAsync(r => r.TenantId == tenantId && r.UserAadObjectId == userAadObjectId, cancellationToken);
        return row is null
            ? null
            : new ConversationReferenceRecord(row.TenantId, row.UserAadObjectId, row.UserId, row.ConversationId, row.ServiceUrl, row.BotId, row.ChannelId, row.Locale, row.TimeZone, row.UpdatedAt);
    }

    public async Task UpsertAsync(ConversationReferenceRecord reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        for (var attempt = 0; ; attempt++)
        {
            await using var context = database.ForSystem();
            var row = await context.ConversationReferences
                .FirstOrDefaultAsync(r => r.TenantId == reference.TenantId && r.UserAadObjectId == reference.UserAadObjectId, cancellationToken);
            if (row is null)
            {
                row = new ConversationReferenceEntity
                {
                    TenantId = reference.TenantId,
                    UserAadObjectId = reference.UserAadObjectId,
                    UserId = reference.UserId,
                    ConversationId = reference.ConversationId,
                    ServiceUrl = reference.ServiceUrl,
                    BotId = reference.BotId,
                    ChannelId = reference.ChannelId,
                };
                context.ConversationReferences.Add(row);
            }

            row.UserId = reference.UserId;
            row.ConversationId = reference.ConversationId;
            row.ServiceUrl = reference.ServiceUrl;
            row.BotId = reference.BotId;
            row.ChannelId = reference.ChannelId;
            row.Locale = reference.Locale;
            row.TimeZone = reference.TimeZone;
            row.UpdatedAt = reference.UpdatedAt;
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another node inserted the same user concurrently: retry as an update.
            }
        }
    }
}
