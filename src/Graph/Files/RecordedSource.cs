namespace CoopAssistant.Graph.Files;

/// <summary>A source reference as recorded with the evidence item.</summary>
public sealed record RecordedSource(DriveItemRef Ref, string? ETag);
