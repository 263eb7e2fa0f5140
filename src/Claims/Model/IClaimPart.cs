namespace CoopAssistant.Claims.Model;

/// <summary>A row that is part of a claim (evidence, documentation requests, …): adding, changing or removing one is a change of
/// the claim, so it needs the claim's history entry in the same save (enforced by <see cref="Storage.ClaimsDbContext"/>).</summary>
public interface IClaimPart : ITenantOwned
{
    Guid ClaimId { get; }

    /// <summary>How the part reads in a history entry (a file name and kind, what was asked).</summary>
    string Describe();
}
