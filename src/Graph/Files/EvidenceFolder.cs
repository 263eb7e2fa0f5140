namespace CoopAssistant.Graph.Files;

/// <summary>The claim's evidence folder in Graph.</summary>
public sealed record EvidenceFolder(string DriveId, string FolderId, string Path);
