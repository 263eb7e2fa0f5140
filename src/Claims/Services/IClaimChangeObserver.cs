namespace CoopAssistant.Claims.Services;

/// <summary>Told after a claim was created or changed and saved (e.g. the scheduler re-plans its reminders).
/// Register any number as singletons; a failing observer is logged and never fails the change.</summary>
public interface IClaimChangeObserver
{
    Task OnClaimChangedAsync(string tenantId, Guid claimId, CancellationToken cancellationToken);
}
