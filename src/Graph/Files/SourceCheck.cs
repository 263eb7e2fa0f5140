namespace CoopAssistant.Graph.Files;

/// <summary>Result of comparing a recorded source with Graph; <see cref="CurrentCTag"/> when readable.</summary>
public sealed record SourceCheck(DriveItemRef Ref, SourceState State, string? CurrentCTag);
