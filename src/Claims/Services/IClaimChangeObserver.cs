using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;

namespace CoopAssistant.Claims.Services;

/// <summary>
/// Takes part in every claim creation and change (e.g. the scheduler keeps the claim's reminder rows equal to its plan).
/// Register any number as singletons.
/// </summary>
public interface IClaimChangeObserver
{
    /// <summary>
    /// Called inside the change's unit of work, after the claim's own changes and before anything is saved: rows the
    /// observer adds to or removes from <paramref name="context"/> are committed in the same transaction as the claim,
    /// or not at all. <paramref name="claim"/> is tracked, with its evidence and documentation requests loaded.
    /// Returns true to be called on <see cref="OnClaimSavedAsync"/> once the transaction committed.
    /// </summary>
    Task<bool> OnClaimChangingAsync(ClaimsDbContext context, Claim claim, bool isNew, CancellationToken cancellationToken);

    /// <summary>After the commit, for observers whose <see cref="OnClaimChangingAsync"/> asked for it. A failure is logged and never fails the change.</summary>
    Task OnClaimSavedAsync(string tenantId, Guid claimId, CancellationToken cancellationToken);
}
