namespace CoopAssistant.Graph.Files;

/// <summary>A search or recent-files hit as shown in the picker card (site name, or "OneDrive" when <see cref="LocationKind"/> says so).</summary>
public sealed record FoundFile(
    DriveItemRef Ref,
    string Name,
    FileLocationKind LocationKind,
    string? SiteName,
    string? FolderPath,
    DateTimeOffset? LastModified,
    long? SizeBytes,
    Uri? WebUrl);
