namespace CoopAssistant.Graph.Files;

/// <summary>A source reference as recorded with the evidence item: its content tag (cTag) and quickXorHash when attached.</summary>
public sealed record RecordedSource(DriveItemRef Ref, string? CTag, string? QuickXorHash);
