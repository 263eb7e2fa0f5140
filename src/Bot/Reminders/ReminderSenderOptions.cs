using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Bot.Reminders;

/// <summary>Sender-side settings (section <c>Reminders</c>).</summary>
public sealed class ReminderSenderOptions
{
    /// <summary>Proactive sends per second per tenant, for all hosts together when they share PostgreSQL (Teams allows 50 per
    /// app per tenant for newer apps; the default keeps a margin for jitter); 0 disables the pacing.</summary>
    [Range(1, 1000)]
    public int TenantRequestsPerSecond { get; set; } = 47;
}
