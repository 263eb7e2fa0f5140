namespace CoopAssistant.Graph.Chat;

/// <summary>
/// An incoming <c>application/vnd.microsoft.teams.file.download.info</c> attachment: the attachment's <c>name</c> and its
/// <c>content {downloadUrl, uniqueId, fileType, etag}</c>.
/// </summary>
public sealed record TeamsFileDownloadInfo(string Name, Uri DownloadUrl, string? UniqueId, string? FileType, string? ETag)
{
    public const string ContentType = "application/vnd.microsoft.teams.file.download.info";
}
