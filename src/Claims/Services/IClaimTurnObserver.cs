using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Services;

/// <summary>
/// Told when a claim creation is about to wait for its turn: the one transaction, locked per tenant and activity type, in which
/// the caps are read across the other claims and the new claim is inserted (the claim unit of work's create). For
/// diagnostics and for tests that must know a second create is queued behind a first. Register any number as singletons.
/// </summary>
public interface IClaimTurnObserver
{
    void OnWaitingForTurn(string tenantId, ActivityType activityType);
}
