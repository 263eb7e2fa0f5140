using System.Text.Json;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Teams;

/// <summary>
/// Where a message was written — the 1:1 chat, a group chat or a team channel (<c>conversation.conversationType</c>) — and whether
/// it @mentions the bot (a <c>mention</c> entity whose <c>mentioned.id</c> is the bot, the activity's <c>recipient</c>)
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations).
/// </summary>
public static class ConversationScope
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";

    /// <summary>True for a group chat or a channel: everything posted there is seen by everyone in it.</summary>
    public static bool IsShared(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.ConversationType is { } type
            && !string.Equals(type, Personal, StringComparison.OrdinalIgnoreCase);
    }

    public static bool MentionsBot(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var bot = activity.Recipient?.Id;
        return bot is { Length: > 0 } && (activity.Entities ?? []).Any(e =>
            e.ValueKind == JsonValueKind.Object
            && e.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "mention"
            && e.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
            && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && string.Equals(id.GetString(), bot, StringComparison.Ordinal));
    }

    /// <summary>The team of a channel message (<c>channelData.team.id</c>), else null.</summary>
    public static string? TeamId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("team", out var team) && team.ValueKind == JsonValueKind.Object
            && team.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }
}
