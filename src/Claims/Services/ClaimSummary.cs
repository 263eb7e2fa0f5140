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
    long Version)
{
    /// <summary>The claim's activity type, where the list was read with it (the caller's own claims, <c>ListMineAsync</c>).</summary>
    public ActivityType? ActivityType { get; init; }

    /// <summary>Whether the claim has a fund (its share-of-funds caps are checked), where the list was read with it.</summary>
    public bool HasFund { get; init; }
}
