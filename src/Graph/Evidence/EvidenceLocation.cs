namespace CoopAssistant.Graph.Evidence;

/// <summary>Where an evidence item's bytes can be read: its kept copy (<see cref="StoredEvidence.Location"/>: a local path, or
/// <c>{driveId}/{itemId}</c> in Graph) and, failing that, its OneDrive/SharePoint source.</summary>
public sealed record EvidenceLocation(string? KeptCopyLocation, string? DriveId, string? ItemId);
