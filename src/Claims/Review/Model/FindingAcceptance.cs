namespace CoopAssistant.Claims.Review;

/// <summary>Someone accepted a finding with a reason (recorded: who, when, why). Warnings and info can be accepted by the
/// claim's people; a blocking finding only when <see cref="FindingCodes.AdministratorMayAccept"/> and by an administrator.</summary>
/// <param name="Code">The finding's code.</param>
/// <param name="DocumentId">The document the finding is about (null for claim-level findings).</param>
/// <param name="AcceptedBy">Who accepted (display name or object id).</param>
/// <param name="ByAdministrator">Whether that person was an incentives administrator when accepting.</param>
/// <param name="AcceptedAt">When.</param>
/// <param name="Reason">Why (required: an empty reason accepts nothing).</param>
public sealed record FindingAcceptance(
    FindingCode Code,
    Guid? DocumentId,
    string AcceptedBy,
    bool ByAdministrator,
    DateTimeOffset AcceptedAt,
    string Reason);
