using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Bench;

internal sealed record SeedRow(
    Guid Id,
    string TenantId,
    string OwnerObjectId,
    ActivityType ActivityType,
    string Title,
    DateOnly UsageStart,
    DateOnly UsageEnd,
    DateOnly ActivityDate,
    decimal Amount,
    ClaimStatus Status,
    DateOnly Deadline,
    DateOnly RetentionEnd,
    DateOnly UrgencyDate,
    DateTimeOffset CreatedAt,
    Guid ReminderId,
    DateTimeOffset ReminderDueAt,
    DateTimeOffset? ReminderSentAt);
