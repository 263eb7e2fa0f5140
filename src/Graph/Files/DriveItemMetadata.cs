namespace CoopAssistant.Graph.Files;

/// <summary>What is recorded about a chosen file: the reference to keep and to compare later (eTag).</summary>
public sealed record DriveItemMetadata(
    DriveItemRef Ref,
    string Name,
    long SizeBytes,
    string? MimeType,
    string? ETag,
    string? QuickXorHash,
    Uri? WebUrl,
    DateTimeOffset? LastModified);
