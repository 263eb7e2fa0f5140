using CoopAssistant.Claims.Model;

namespace CoopAssistant.Scheduling.Planning;

/// <summary>One reminder of a claim's plan, due at <paramref name="DueAt"/> (UTC).</summary>
public sealed record PlannedReminder(ReminderKey Key, ReminderKind Kind, DateTimeOffset DueAt);
