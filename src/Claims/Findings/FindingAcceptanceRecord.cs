using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Findings;

/// <summary>A finding accepted with a reason (storage entity, table <c>FindingAcceptances</c>): who, when, why, and whether they
/// were an Incentives administrator then. Kept until the claim is deleted; shown in the claim package. A part of the claim: recording
/// one is a claim change with its history entry.</summary>
public sealed class FindingAcceptanceRecord : IClaimPart
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid ClaimId { get; set; }

    /// <summary>The finding's stable code (<see cref="Review.FindingCodes.Stable"/>).</summary>
    public required string Code { get; set; }

    /// <summary>The evidence item the finding is about; null for a claim-level finding.</summary>
    public Guid? EvidenceId { get; set; }

    public required string AcceptedByObjectId { get; set; }

    public string? AcceptedByName { get; set; }

    public bool ByAdministrator { get; set; }

    public DateTimeOffset AcceptedAt { get; set; }

    public required string Reason { get; set; }

    public string Describe() => Code + ": " + Reason;
}
