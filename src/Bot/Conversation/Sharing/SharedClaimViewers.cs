using CoopAssistant.Claims.Conversations;

namespace CoopAssistant.Bot.Conversation.Sharing;

/// <summary>
/// Who a shared claim card refreshes for automatically (<c>refresh.userIds</c>, Teams channel user ids): the person sharing or
/// viewing it and the claim's owner when the bot knows their 1:1 chat. Everybody else uses the card's "Show" button.
/// </summary>
public sealed class SharedClaimViewers(IConversationReferenceStore references)
{
    public async Task<IReadOnlyList<string>> RefreshUserIdsAsync(string tenantId, string? viewerChannelId, string ownerObjectId, CancellationToken cancellationToken)
    {
        var ids = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(viewerChannelId))
        {
            ids.Add(viewerChannelId);
        }

        if (await references.FindAsync(tenantId, ownerObjectId, cancellationToken) is { UserId: { Length: > 0 } owner } && !ids.Contains(owner, StringComparer.Ordinal))
        {
            ids.Add(owner);
        }

        return ids;
    }
}
