using Microsoft.Graph.Models;

namespace CoopAssistant.Graph.Files;

/// <summary>Derives "OneDrive" / site name and folder path from what Graph returns for a drive item.</summary>
internal static class FileLocations
{
    public static FoundFile? ToFoundFile(DriveItem? item)
    {
        if (item is null)
        {
            return null;
        }

        var source = item.RemoteItem is { } remote
            ? new { remote.Id, remote.Name, remote.ParentReference, remote.WebUrl, remote.Size, remote.LastModifiedDateTime, IsFolder = remote.Folder is not null }
            : new { item.Id, item.Name, item.ParentReference, item.WebUrl, item.Size, item.LastModifiedDateTime, IsFolder = item.Folder is not null };
        var driveId = source.ParentReference?.DriveId;
        if (source.IsFolder || string.IsNullOrEmpty(source.Id) || string.IsNullOrEmpty(driveId) || string.IsNullOrEmpty(source.Name))
        {
            return null;
        }

        Uri.TryCreate(source.WebUrl, UriKind.Absolute, out var webUrl);
        var (kind, site) = Classify(source.ParentReference?.DriveType, webUrl);
        return new FoundFile(
            new DriveItemRef(driveId, source.Id),
            source.Name,
            kind,
            site,
            FolderPath(source.ParentReference?.Path),
            source.LastModifiedDateTime,
            source.Size,
            webUrl);
    }

    public static (FileLocationKind Kind, string? Site) Classify(string? driveType, Uri? webUrl)
    {
        if (driveType is "personal" or "business")
        {
            return (FileLocationKind.OneDrive, null);
        }

        if (webUrl is null)
        {
            return (driveType is "documentLibrary" ? FileLocationKind.SharePoint : FileLocationKind.OneDrive, null);
        }

        var segments = webUrl.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (webUrl.Host.Contains("-my.", StringComparison.OrdinalIgnoreCase) || (segments.Length > 0 && segments[0] == "personal"))
        {
            return (FileLocationKind.OneDrive, null);
        }

        if (segments.Length > 1 && segments[0] is "sites" or "teams")
        {
            return (FileLocationKind.SharePoint, Uri.UnescapeDataString(segments[1]));
        }

        return (FileLocationKind.SharePoint, webUrl.Host);
    }

    /// <summary><c>/drives/{id}/root:/Invoices/2026</c> → <c>/Invoices/2026</c>.</summary>
    public static string? FolderPath(string? parentPath)
    {
        if (string.IsNullOrEmpty(parentPath))
        {
            return null;
        }

        var i = parentPath.IndexOf("root:", StringComparison.Ordinal);
        if (i < 0)
        {
            return null;
        }

        var path = Uri.UnescapeDataString(parentPath[(i + 5)..]);
        return path.Length == 0 ? "/" : path;
    }
}
