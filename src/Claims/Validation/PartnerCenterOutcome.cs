using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Validation;

/// <summary>
/// What Partner Center said about a submitted claim, as the owner or an administrator records it: <see cref="ClaimStatus.Approved"/>
/// with the approved <see cref="Amount"/> (may be less than claimed), <see cref="ClaimStatus.Rejected"/> with Partner Center's
/// <see cref="Reason"/>, <see cref="ClaimStatus.Disputed"/> (a dispute filed), or <see cref="ClaimStatus.Paid"/> with the paid
/// <see cref="Amount"/>. <see cref="On"/> is the date it happened. <see cref="EmailLink"/> and <see cref="EmailDate"/> name the
/// Partner Center email it was read from, kept on the history entry.
/// </summary>
public sealed record PartnerCenterOutcome(
    ClaimStatus Status, DateOnly On, decimal? Amount = null, string? Reason = null, Uri? EmailLink = null, DateTimeOffset? EmailDate = null);
