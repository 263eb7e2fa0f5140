namespace CoopAssistant.Graph.Evidence;

/// <summary>Where a kept copy lives and what it is.</summary>
/// <param name="Location">Local: full path of the content file. Graph: <c>{driveId}/{itemId}</c>.</param>
/// <param name="Sha256">Hex SHA-256 when the bytes went through this process (uploads, local store).</param>
/// <param name="QuickXorHash">Graph's hash of the copy when known.</param>
public sealed record StoredEvidence(
    EvidenceStoreKind Kind,
    string Location,
    string FileName,
    long SizeBytes,
    string? ContentType,
    string? Sha256,
    string? DriveId = null,
    string? ItemId = null,
    Uri? WebUrl = null,
    string? ETag = null,
    string? QuickXorHash = null,
    string? CTag = null);
