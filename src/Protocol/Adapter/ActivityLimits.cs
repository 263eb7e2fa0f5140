using System.Text.Json;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>
/// Bounds on the parts of an activity that go back out with every reply: ids end up in Connector URLs (a channel answers an
/// over-long URL with 414) and <c>from</c>, <c>recipient</c> and <c>conversation</c> are echoed in the reply's body (a channel
/// refuses a reply over its size limit). An activity beyond them could never be answered, so it is refused at the door (400).
/// So are ids with control characters or broken UTF-16, and lists with a null entry (<c>membersAdded</c>, <c>membersRemoved</c>, <c>attachments</c>), which no channel sends.
/// </summary>
internal static class ActivityLimits
{
    /// <summary>Longest id accepted (Teams' conversation and activity ids are a few hundred characters at most).</summary>
    public const int MaxIdLength = 1024;

    /// <summary>Largest <c>from</c>, <c>recipient</c> or <c>conversation</c> accepted, as JSON.</summary>
    public const int MaxAccountBytes = 4096;

    /// <summary>What is beyond a bound, or null.</summary>
    public static string? Violation(Activity activity)
    {
        (string Name, string? Value)[] ids =
        [
            ("id", activity.Id), ("replyToId", activity.ReplyToId), ("channelId", activity.ChannelId), ("type", activity.Type), ("name", activity.Name),
            ("locale", activity.Locale), ("conversation.id", activity.Conversation?.Id), ("from.id", activity.From?.Id), ("recipient.id", activity.Recipient?.Id),
        ];
        foreach (var (name, value) in ids)
        {
            if (value?.Length > MaxIdLength)
            {
                return $"{name} is longer than {MaxIdLength} characters.";
            }

            if (value is not null && !IsPrintable(value))
            {
                return $"{name} has control characters or broken UTF-16.";
            }
        }

        if (activity.MembersAdded?.Contains(null!) == true || activity.MembersRemoved?.Contains(null!) == true || activity.Attachments?.Contains(null!) == true)
        {
            return "membersAdded, membersRemoved and attachments may not have null entries.";
        }

        if (Size(activity.From, ProtocolJsonContext.Default.ChannelAccount) > MaxAccountBytes)
        {
            return $"from is larger than {MaxAccountBytes} bytes.";
        }

        if (Size(activity.Recipient, ProtocolJsonContext.Default.ChannelAccount) > MaxAccountBytes)
        {
            return $"recipient is larger than {MaxAccountBytes} bytes.";
        }

        return Size(activity.Conversation, ProtocolJsonContext.Default.ConversationAccount) > MaxAccountBytes
            ? $"conversation is larger than {MaxAccountBytes} bytes."
            : null;
    }

    /// <summary>No control characters and no lone surrogates: ids go into URL paths, where neither has a meaning.</summary>
    private static bool IsPrintable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || char.IsLowSurrogate(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    private static int Size<T>(T? value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class => value is null ? 0 : JsonSerializer.SerializeToUtf8Bytes(value, type).Length;
}
