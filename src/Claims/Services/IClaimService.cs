using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.History;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Services;

/// <summary>The one entry point for reading and changing claims. Every call goes through <see cref="ClaimAccessPolicy"/>
/// on a tenant-scoped context. Changes take the version the caller read and return <see cref="ClaimOutcome.Conflict"/> when stale.
/// <c>timeZone</c> parameters decide "today" for deadline rules (UTC when null).</summary>
public interface IClaimService
{
    Task<ClaimResult<ClaimView>> CreateAsync(ClaimsCaller caller, ClaimDraft draft, CancellationToken cancellationToken);

    /// <summary>Creates the claim under the caller-chosen <paramref name="claimId"/> unless it exists already: a repeated create
    /// (a double click answered by two hosts, a redelivery after a host died mid-turn) returns the claim created the first time
    /// instead of a second one, and re-plans its reminders (idempotent) in case the first attempt stopped before that.</summary>
    Task<ClaimResult<ClaimView>> CreateOnceAsync(ClaimsCaller caller, ClaimDraft draft, Guid claimId, CancellationToken cancellationToken);

    Task<ClaimResult<ClaimView>> GetAsync(ClaimsCaller caller, Guid claimId, CancellationToken cancellationToken);

    /// <summary>The caller's own claims, most urgent first (by <see cref="Claim.UrgencyDate"/>).</summary>
    Task<IReadOnlyList<ClaimSummary>> ListMineAsync(ClaimsCaller caller, int take, CancellationToken cancellationToken);

    /// <summary>Every claim the caller may see (their own; an administrator's whole tenant), most urgent first: what the message
    /// extension's search and a team's "status" choose from.</summary>
    Task<IReadOnlyList<ClaimSummary>> ListVisibleAsync(ClaimsCaller caller, int take, CancellationToken cancellationToken);

    /// <summary>Administrators only: unsubmitted claims (draft or ready) of the tenant whose deadline is within <paramref name="withinDays"/> days from today.</summary>
    Task<ClaimResult<IReadOnlyList<ClaimSummary>>> ListTenantExpiringAsync(ClaimsCaller caller, int withinDays, int take, TimeZoneInfo? timeZone, CancellationToken cancellationToken);

    /// <summary>Claims the caller may see in one of <paramref name="statuses"/> (their own; the tenant's for an administrator), latest change first.</summary>
    Task<ClaimResult<IReadOnlyList<ClaimSummary>>> ListByStatusAsync(ClaimsCaller caller, IReadOnlyCollection<ClaimStatus> statuses, int take, CancellationToken cancellationToken);

    Task<ClaimResult<ClaimView>> UpdateAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, ClaimDraft draft, CancellationToken cancellationToken);

    /// <summary>Moves the claim to another fund (null: none) that fits its program, currency and usage period; any status but final.</summary>
    Task<ClaimResult<ClaimView>> AssignFundAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, Guid? fundId, CancellationToken cancellationToken);

    Task<ClaimResult<ClaimView>> RemoveEvidenceAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, Guid evidenceId, CancellationToken cancellationToken);

    Task<ClaimResult<ClaimView>> AddEvidenceAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, NewEvidence evidence, CancellationToken cancellationToken);

    /// <summary>Records Partner Center's request for more documentation; a submitted claim moves to AdditionalDocumentationRequested.</summary>
    Task<ClaimResult<ClaimView>> RecordDocumentationRequestAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, NewDocumentationRequest request, CancellationToken cancellationToken);

    Task<ClaimResult<ClaimView>> ResolveDocumentationRequestAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, Guid requestId, DateOnly resolvedOn, CancellationToken cancellationToken);

    /// <summary>Draft, ready, submitted and expired. Partner Center's outcomes carry data: <see cref="RecordOutcomeAsync"/>.</summary>
    Task<ClaimResult<ClaimView>> ChangeStatusAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, ClaimStatus target, TimeZoneInfo? timeZone, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the owner already submitted the claim in Partner Center (from Draft, Ready or Expired; see
    /// <see cref="Rules.ClaimLifecycle.CheckRecordedSubmission"/>): the claim becomes Submitted even with checklist gaps, which stops its deadline reminders.
    /// </summary>
    Task<ClaimResult<ClaimView>> RecordSubmittedInPartnerCenterAsync(ClaimsCaller caller, Guid claimId, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Records what Partner Center said (approved with the amount, rejected with the reason, dispute filed, paid with date
    /// and amount) when the lifecycle allows it; illegal transitions are refused with a <see cref="Rules.TransitionError"/>.</summary>
    Task<ClaimResult<ClaimView>> RecordOutcomeAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, PartnerCenterOutcome outcome, TimeZoneInfo? timeZone, CancellationToken cancellationToken);

    /// <summary>The claim's history, newest first, <paramref name="take"/> entries older than <paramref name="beforeVersion"/> (null: from the newest).</summary>
    Task<ClaimResult<HistoryPage>> GetHistoryAsync(ClaimsCaller caller, Guid claimId, long? beforeVersion, int take, CancellationToken cancellationToken);
}
