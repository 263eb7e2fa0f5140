using System.Collections.Frozen;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Rules;

/// <summary>The legal status transitions, as data, and their guards.</summary>
public static class ClaimLifecycle
{
    private static readonly FrozenDictionary<ClaimStatus, ClaimStatus[]> Allowed = new Dictionary<ClaimStatus, ClaimStatus[]>
    {
        [ClaimStatus.Draft] = [ClaimStatus.Ready, ClaimStatus.Expired],
        [ClaimStatus.Ready] = [ClaimStatus.Draft, ClaimStatus.Submitted, ClaimStatus.Expired],
        [ClaimStatus.Submitted] = [ClaimStatus.AdditionalDocumentationRequested, ClaimStatus.Approved, ClaimStatus.Rejected],
        [ClaimStatus.AdditionalDocumentationRequested] = [ClaimStatus.Submitted],
        [ClaimStatus.Approved] = [ClaimStatus.Paid],
        [ClaimStatus.Rejected] = [ClaimStatus.Disputed],
        [ClaimStatus.Disputed] = [ClaimStatus.Approved, ClaimStatus.Rejected],
        [ClaimStatus.Paid] = [],
        [ClaimStatus.Expired] = [],
    }.ToFrozenDictionary();

    /// <summary>Statuses in which the owner can still change the claim's fields and evidence.</summary>
    public static bool IsEditable(ClaimStatus status) => ClaimStatusGroups.IsEditable(status);

    public static IReadOnlyList<ClaimStatus> AllowedTargets(ClaimStatus from) => Allowed.TryGetValue(from, out var targets) ? targets : [];

    /// <summary>
    /// Null when a submission the person already made in Partner Center can be recorded on a claim in <paramref name="from"/>.
    /// Partner Center is the source of truth: the checklist and deadline guards of <see cref="Check"/> do not apply to a fact
    /// that already happened there (a claim this tool thought expired may have been filed on time without it).
    /// </summary>
    public static TransitionError? CheckRecordedSubmission(ClaimStatus from) =>
        from is ClaimStatus.Draft or ClaimStatus.Ready or ClaimStatus.Expired
            ? null
            : new TransitionError(from, ClaimStatus.Submitted, ClaimErrorCode.IllegalTransition, []);

    /// <summary>Null when <paramref name="from"/> → <paramref name="to"/> is legal for a claim with <paramref name="facts"/>, otherwise why not.</summary>
    public static TransitionError? Check(ClaimStatus from, ClaimStatus to, TransitionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!AllowedTargets(from).Contains(to))
        {
            return Error(ClaimErrorCode.IllegalTransition);
        }

        return to switch
        {
            ClaimStatus.Ready or ClaimStatus.Submitted when facts.Checklist.CostBasisMissing => Error(ClaimErrorCode.CostBasisMissing),
            ClaimStatus.Ready or ClaimStatus.Submitted when !facts.Checklist.IsComplete =>
                new TransitionError(from, to, ClaimErrorCode.ChecklistIncomplete, facts.Checklist.Missing),
            ClaimStatus.Ready or ClaimStatus.Submitted when facts.Review == ReviewGate.Pending => Error(ClaimErrorCode.ReviewPending),
            ClaimStatus.Ready or ClaimStatus.Submitted when facts.Review == ReviewGate.Blocked => Error(ClaimErrorCode.ReviewBlocking),
            ClaimStatus.Submitted when from == ClaimStatus.Ready && facts.DaysLeftToDeadline < 0 => Error(ClaimErrorCode.DeadlinePassed),
            ClaimStatus.Submitted when facts.OpenDocumentationRequests > 0 => Error(ClaimErrorCode.OpenDocumentationRequests),
            ClaimStatus.Expired when facts.DaysLeftToDeadline >= 0 => Error(ClaimErrorCode.DeadlineNotPassed),
            _ => null,
        };

        TransitionError Error(ClaimErrorCode code) => new(from, to, code, []);
    }
}
