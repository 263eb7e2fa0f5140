using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Validation;

/// <summary>The editable fields of a claim, as entered by the user. <paramref name="FundId"/> is honoured when the claim is created
/// (null: the fund of its program, currency and usage period, when exactly one fits); afterwards a claim moves between funds with
/// <see cref="Services.IClaimService.AssignFundAsync"/>. <paramref name="Surface"/>: the activity promotes Surface devices (its own
/// share-of-funds caps).</summary>
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
    bool InHouseWork,
    Guid? FundId = null,
    bool Surface = false);
