using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Bot.Reminders;

/// <summary>Sender-side settings (section <c>Reminders</c>).</summary>
public sealed class ReminderSenderOptions
{
    /// <summary>Proactive sends per second per tenant, for all hosts together when they share PostgreSQL (Teams allows 50 per
    /// app per tenant for newer apps; the default keeps a margin for jitter); 0 disables the pacing.</summary>
    [Range(1, 1000)]
    public int TenantRequestsPerSecond { get; set; } = 47;

    /// <summary>Where "open dashboard" on a funds-at-risk card goes: the Teams deep link to the dashboard tab
    /// (<c>https://teams.microsoft.com/l/entity/{Teams app id}/claims-dashboard</c>). Unset: the button shows the funds card in the chat.</summary>
    public Uri? DashboardLink { get; set; }
}
