using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Validation;

/// <summary>An evidence item to attach to a claim.</summary>
public sealed record NewEvidence(
    EvidenceKind Kind,
    EvidenceSource Source,
    string Name,
    long SizeBytes,
    string? ContentType,
    string? DriveId = null,
    string? ItemId = null,
    Uri? WebUrl = null,
    string? ETag = null,
    string? QuickXorHash = null,
    string? Sha256 = null,
    string? KeptCopyLocation = null,
    string? CTag = null);
