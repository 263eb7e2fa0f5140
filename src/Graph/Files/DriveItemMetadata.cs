namespace CoopAssistant.Graph.Files;

/// <summary>What is recorded about a chosen file: the reference to keep, and its content tag (<see cref="CTag"/>) and hash to
/// compare later. The eTag is kept for reference only: it also changes on a rename or a move.</summary>
public sealed record DriveItemMetadata(
    DriveItemRef Ref,
    string Name,
    long SizeBytes,
    string? MimeType,
    string? ETag,
    string? QuickXorHash,
    Uri? WebUrl,
    DateTimeOffset? LastModified,
    string? CTag = null);
