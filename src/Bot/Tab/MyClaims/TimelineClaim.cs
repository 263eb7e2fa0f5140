using CoopAssistant.Claims.Model;

namespace CoopAssistant.Bot.Tab.MyClaims;

/// <summary>One bar of the "My claims" timeline: usage period, deadline, status and urgency, checklist completeness.</summary>
public sealed record TimelineClaim(
    Guid Id,
    string Reference,
    string Title,
    ClaimStatus Status,
    string StatusText,
    TabUrgency Urgency,
    DateOnly UsageStart,
    DateOnly UsageEnd,
    DateOnly Deadline,
    int DaysLeft,
    int ChecklistDone,
    int ChecklistRequired,
    decimal Amount,
    string Currency);

/// <summary>The "My claims" view: the caller's claims on a timeline and today's date (the caller's day in UTC).</summary>
public sealed record Timeline(string? DisplayName, bool IsAdministrator, DateOnly Today, IReadOnlyList<TimelineClaim> Claims);
