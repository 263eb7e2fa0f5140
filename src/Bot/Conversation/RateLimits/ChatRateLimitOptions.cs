using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Bot.Conversation.RateLimits;

/// <summary>Rate limits of the chat (<c>/api/messages</c>), section <c>RateLimits</c> beside the browser APIs' (docs/configuration.md).</summary>
public sealed class ChatRateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Messages and invokes one user may send per window.</summary>
    [Range(1, 100_000)]
    public int ChatTurnsPerUser { get; set; } = 60;

    /// <summary>Messages and invokes all users of one tenant may send per window.</summary>
    [Range(1, 1_000_000)]
    public int ChatTurnsPerTenant { get; set; } = 1_200;

    /// <summary>The window both chat limits count in.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ChatWindow { get; set; } = TimeSpan.FromMinutes(1);
}
