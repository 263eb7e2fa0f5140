namespace CoopAssistant.Claims.Services;

public enum ClaimOutcome
{
    Ok = 0,

    /// <summary>Input failed validation; see <see cref="ClaimResult{T}.Errors"/>.</summary>
    Invalid = 1,

    /// <summary>No such claim for this caller (also for another tenant's or another user's claim: existence is never leaked).</summary>
    NotFound = 2,

    /// <summary>The caller lacks the role (e.g. tenant-wide lists need an Incentives administrator).</summary>
    Forbidden = 3,

    /// <summary>The claim changed since the caller read it (stale expected version); nothing was written.</summary>
    Conflict = 4,

    /// <summary>A business rule refused the change; see <see cref="ClaimResult{T}.Code"/> and, for status changes, <see cref="ClaimResult{T}.Transition"/>.</summary>
    Refused = 5,

    /// <summary>A usage limit refused it (claims created per day); see <see cref="ClaimResult{T}.Limit"/> for which and until when.</summary>
    Limited = 6,
}
