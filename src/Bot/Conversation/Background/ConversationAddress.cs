using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Background;

/// <summary>
/// Where and for whom background work reports: the 1:1 conversation of the turn that queued it (service URL, conversation,
/// bot and user accounts) and the user's locale and time zone. Taken from an activity that passed authentication, so its
/// service URL may be trusted again when the work runs (after a restart, or on another host).
/// </summary>
public sealed record ConversationAddress(
    string ServiceUrl,
    string ChannelId,
    string ConversationId,
    string TenantId,
    string UserObjectId,
    string? UserId,
    string? UserName,
    string? BotId,
    string? Locale,
    string? TimeZone)
{
    /// <summary>The address of <paramref name="activity"/>'s conversation, or null when it does not say who the user is.</summary>
    public static ConversationAddress? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity is { ServiceUrl: { Length: > 0 } serviceUrl, Conversation.Id: { Length: > 0 } conversationId, TenantId: { Length: > 0 } tenantId, From.AadObjectId: { Length: > 0 } objectId }
            ? new ConversationAddress(
                serviceUrl,
                activity.ChannelId ?? "msteams",
                conversationId,
                tenantId,
                objectId,
                activity.From.Id,
                activity.From.Name,
                activity.Recipient?.Id,
                activity.Locale,
                activity.LocalTimezone)
            : null;
    }
}
