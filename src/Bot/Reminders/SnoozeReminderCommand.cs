using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Scheduling.Planning;

namespace CoopAssistant.Bot.Reminders;

/// <summary>"Snooze 1 day" on a reminder card: the deadline reminder comes back in 24 hours.</summary>
public sealed class SnoozeReminderCommand(ReminderPlanWriter planning) : IBotCommand
{
    public string Verb => CardVerbs.ReminderSnooze;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tenantId = context.Turn.Activity.TenantId;
        var claimId = ClaimReference.ClaimIdFrom(context.Data);
        if (tenantId is null || claimId is null)
        {
            return ReminderCard.Confirmation("SnoozeNotNeeded", context.Culture);
        }

        var snoozed = await planning.SnoozeAsync(tenantId, claimId.Value, TimeSpan.FromDays(1), context.CancellationToken);
        return ReminderCard.Confirmation(snoozed ? "Snoozed" : "SnoozeNotNeeded", context.Culture);
    }
}
