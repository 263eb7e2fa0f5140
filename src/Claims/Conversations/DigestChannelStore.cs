using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Conversations;

internal sealed class DigestChannelStore(ClaimsDatabase database) : IDigestChannelStore
{
    public async Task<DigestChannelRecord?> FindAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        var row = await context.DigestChannels.AsNoTracking().FirstOrDefaultAsync(r => r.TenantId == tenantId, cancellationToken);
        return row is null
            ? null
            : new DigestChannelRecord(row.TenantId, row.ConversationId, row.ServiceUrl, row.BotId, row.ChannelId, row.ConversationType, row.TeamId, row.Locale, row.ChosenByObjectId, row.ChosenAt);
    }

    public async Task SetAsync(DigestChannelRecord channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        for (var attempt = 0; ; attempt++)
        {
            await using var context = database.ForSystem();
            var row = await context.DigestChannels.FirstOrDefaultAsync(r => r.TenantId == channel.TenantId, cancellationToken);
            if (row is null)
            {
                row = new DigestChannelEntity
                {
                    TenantId = channel.TenantId,
                    ConversationId = channel.ConversationId,
                    ServiceUrl = channel.ServiceUrl,
                    BotId = channel.BotId,
                    ChannelId = channel.ChannelId,
                    ConversationType = channel.ConversationType,
                    ChosenByObjectId = channel.ChosenByObjectId,
                };
                context.DigestChannels.Add(row);
            }

            row.ConversationId = channel.ConversationId;
            row.ServiceUrl = channel.ServiceUrl;
            row.BotId = channel.BotId;
            row.ChannelId = channel.ChannelId;
            row.ConversationType = channel.ConversationType;
            row.TeamId = channel.TeamId;
            row.Locale = channel.Locale;
            row.ChosenByObjectId = channel.ChosenByObjectId;
            row.ChosenAt = channel.ChosenAt;
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another host chose a channel for the same tenant at the same moment: retry as an update (the later choice wins).
            }
        }
    }
}
