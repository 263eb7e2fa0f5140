namespace CoopAssistant.Claims.Model;

/// <summary>One piece of evidence attached to a claim (storage entity).</summary>
public sealed class EvidenceItem : IClaimPart
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid ClaimId { get; set; }

    public EvidenceKind Kind { get; set; }

    public EvidenceSource Source { get; set; }

    public required string Name { get; set; }

    public long SizeBytes { get; set; }

    public string? ContentType { get; set; }

    public string? DriveId { get; set; }

    public string? ItemId { get; set; }

    public Uri? WebUrl { get; set; }

    public string? ETag { get; set; }

    /// <summary>Graph's content tag of the source when it was attached: it changes when the bytes change, not on a rename or move.</summary>
    public string? CTag { get; set; }

    public string? QuickXorHash { get; set; }

    public string? Sha256 { get; set; }

    public required string AddedByObjectId { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>Where the kept copy of the original lives (for the 24-month retention), e.g. a local path or a drive item reference.</summary>
    public string? KeptCopyLocation { get; set; }

    /// <summary>Result of the last source check (null: never checked, or not a Graph source).</summary>
    public EvidenceSourceState? SourceState { get; set; }

    public DateTimeOffset? SourceCheckedAt { get; set; }

    public string Describe() => $"{Name} ({Kind})";
}
