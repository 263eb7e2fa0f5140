using System.Text.Json;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Graph.Chat;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// Files dropped into the 1:1 chat: the message's <c>application/vnd.microsoft.teams.file.download.info</c> attachments
/// (<c>name</c>, <c>content {downloadUrl, uniqueId, fileType, etag}</c>). Their download links are short-lived secrets: they
/// go into the server-side <see cref="ChatFilesWork"/> and never into card data.
/// </summary>
public static class ChatFileAttachments
{
    /// <summary>At most this many files are taken from one message.</summary>
    public const int MaxFiles = 20;

    public static IReadOnlyList<TeamsFileDownloadInfo> FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var files = new List<TeamsFileDownloadInfo>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (!string.Equals(attachment.ContentType, TeamsFileDownloadInfo.ContentType, StringComparison.OrdinalIgnoreCase)
                || attachment.Content is not { ValueKind: JsonValueKind.Object } content)
            {
                continue;
            }

            if (Read(attachment.Name, content) is { } info && files.Count < MaxFiles)
            {
                files.Add(info);
            }
        }

        return files;
    }

    /// <summary>The files as the entries of background work (download info kept on the server).</summary>
    public static IReadOnlyList<ChatFileEntry> ToEntries(IEnumerable<TeamsFileDownloadInfo> files) =>
        [.. files.Select(f => new ChatFileEntry(f.Name, f.DownloadUrl.AbsoluteUri, f.UniqueId, f.FileType))];

    private static TeamsFileDownloadInfo? Read(string? name, JsonElement content)
    {
        var url = Text(content, "downloadUrl");
        if (string.IsNullOrWhiteSpace(name) || !Uri.TryCreate(url, UriKind.Absolute, out var downloadUrl))
        {
            return null;
        }

        return new TeamsFileDownloadInfo(name, downloadUrl, Text(content, "uniqueId"), Text(content, "fileType"), Text(content, "etag"));
    }

    private static string? Text(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
