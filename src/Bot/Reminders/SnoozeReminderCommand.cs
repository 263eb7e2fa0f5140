using System.Text.Json;
using CoopAssistant.Bot.Cards;
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
        var claimId = ReminderCommandData.ClaimId(context.Data);
        if (tenantId is null || claimId is null)
        {
            return ReminderCard.Confirmation("SnoozeNotNeeded", context.Culture);
        }

        var snoozed = await planning.SnoozeAsync(tenantId, claimId.Value, TimeSpan.FromDays(1), context.CancellationToken);
        return ReminderCard.Confirmation(snoozed ? "Snoozed" : "SnoozeNotNeeded", context.Culture);
    }
}

internal static class ReminderCommandData
{
    /// <summary>The card's claim id, or null when it is missing or not a GUID string (a forged payload is refused, never thrown on).</summary>
    public static Guid? ClaimId(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(CardDataKeys.ClaimId, out var id)
            && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var claimId)
            ? claimId : null;

    /// <summary>The card's claim version (a whole number or its string), or null for anything else.</summary>
    public static long? Version(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(CardDataKeys.ClaimVersion, out var v)
            ? v.ValueKind == JsonValueKind.Number ? (v.TryGetInt64(out var number) ? number : null)
            : v.ValueKind == JsonValueKind.String && long.TryParse(v.GetString(), out var parsed) ? parsed : null
            : null;
}
