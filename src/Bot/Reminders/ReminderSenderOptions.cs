namespace CoopAssistant.Bot.Reminders;

/// <summary>Sender-side settings (section <c>Reminders</c>).</summary>
public sealed class ReminderSenderOptions
{
    /// <summary>Proactive sends per second per tenant (Teams allows 50 for newer apps); 0 disables the pacing.</summary>
    public int TenantRequestsPerSecond { get; set; } = 50;
}
