using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Validation;

/// <summary>The editable fields of a claim, as entered by the user.</summary>
public sealed record ClaimDraft(
    ClaimProgram Program,
    ActivityType ActivityType,
    string Title,
    DateOnly UsageStart,
    DateOnly UsageEnd,
    DateOnly ActivityDate,
    decimal Amount,
    string Currency,
    bool VendorsUsed,
    bool InHouseWork);
