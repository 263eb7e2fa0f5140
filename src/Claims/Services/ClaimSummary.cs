using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Services;

/// <summary>A row of a claim list.</summary>
public sealed record ClaimSummary(
    Guid Id,
    string OwnerObjectId,
    string? OwnerDisplayName,
    string Title,
    ClaimStatus Status,
    DateOnly Deadline,
    DateOnly UrgencyDate,
    decimal Amount,
    string Currency,
    long Version);
