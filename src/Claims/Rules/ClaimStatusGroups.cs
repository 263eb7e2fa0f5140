using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <summary>The claim status groups, defined once: who still has to act, what counts against a fund, what is final.</summary>
public static class ClaimStatusGroups
{
    /// <summary>The partner still has to act before a deadline (preparing the claim, or answering Partner Center).</summary>
    public static bool IsOpen(ClaimStatus status) =>
        status is ClaimStatus.Draft or ClaimStatus.Ready or ClaimStatus.AdditionalDocumentationRequested;

    /// <summary>The owner can still change the claim's fields and evidence (the open statuses).</summary>
    public static bool IsEditable(ClaimStatus status) => IsOpen(status);

    /// <summary>Done or lost: nothing is waited for any more (approved, paid, rejected, expired). Neither open nor with Partner Center.</summary>
    public static bool IsClosed(ClaimStatus status) => !IsOpen(status) && !IsWithPartnerCenter(status);

    /// <summary>The closed statuses, for queries (<c>Closed.Contains(c.Status)</c>).</summary>
    public static IReadOnlyList<ClaimStatus> Closed { get; } = [.. Enum.GetValues<ClaimStatus>().Where(IsClosed)];

    /// <summary>Being prepared: not yet filed in Partner Center.</summary>
    public static bool IsPreparing(ClaimStatus status) => status is ClaimStatus.Draft or ClaimStatus.Ready;

    /// <summary>With Partner Center, waiting for its decision (filed, asked for more, or a rejection disputed).</summary>
    public static bool IsWithPartnerCenter(ClaimStatus status) =>
        status is ClaimStatus.Submitted or ClaimStatus.AdditionalDocumentationRequested or ClaimStatus.Disputed;

    /// <summary>Nothing more can happen: paid, or expired unfiled. Reminders stop here.</summary>
    public static bool IsFinal(ClaimStatus status) => status is ClaimStatus.Paid or ClaimStatus.Expired;

    /// <summary>Money that does not count against the fund any more (rejected and not disputed, or expired).</summary>
    public static bool IsReleased(ClaimStatus status) => status is ClaimStatus.Rejected or ClaimStatus.Expired;

    /// <summary>The released statuses, for queries (<c>!Released.Contains(c.Status)</c>).</summary>
    public static IReadOnlyList<ClaimStatus> Released { get; } = [.. Enum.GetValues<ClaimStatus>().Where(IsReleased)];

    /// <summary>Statuses recorded from what Partner Center said, each with its own data (amount, reason, date).</summary>
    public static bool IsPartnerCenterOutcome(ClaimStatus status) =>
        status is ClaimStatus.Approved or ClaimStatus.Rejected or ClaimStatus.Disputed or ClaimStatus.Paid;
}
