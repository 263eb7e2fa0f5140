using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Graph.Chat;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// Files dropped into the 1:1 chat: the message's <c>application/vnd.microsoft.teams.file.download.info</c> attachments
/// (<c>name</c>, <c>content {downloadUrl, uniqueId, fileType, etag}</c>), and the same list carried in card data.
/// </summary>
public static class ChatFileAttachments
{
    /// <summary>At most this many files are taken from one message.</summary>
    public const int MaxFiles = 20;

    public const string FilesKey = "files";

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

    /// <summary>The files as card data (so the choice card's button carries them).</summary>
    public static JsonArray ToJson(IEnumerable<TeamsFileDownloadInfo> files) =>
        [.. files.Select(f => (JsonNode)new JsonObject
        {
            ["name"] = f.Name,
            ["downloadUrl"] = f.DownloadUrl.ToString(),
            ["uniqueId"] = f.UniqueId,
            ["fileType"] = f.FileType,
            ["etag"] = f.ETag,
        })];

    public static IReadOnlyList<TeamsFileDownloadInfo> FromData(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d || !d.TryGetProperty(FilesKey, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var files = new List<TeamsFileDownloadInfo>();
        foreach (var item in array.EnumerateArray().Take(MaxFiles))
        {
            if (item.ValueKind == JsonValueKind.Object && Read(Text(item, "name"), item) is { } info)
            {
                files.Add(info);
            }
        }

        return files;
    }

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
