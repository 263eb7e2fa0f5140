namespace CoopAssistant.TestKit.Graph;

/// <summary>
/// A file or folder held by <see cref="FakeGraphServer"/>. Its <see cref="ETag"/> and <see cref="CTag"/> follow OneDrive's
/// rules (https://learn.microsoft.com/graph/api/resources/driveitem#properties): the eTag names the whole item and changes on
/// any change, a rename or a move included; the cTag names the content and changes only when the bytes do.
/// </summary>
public sealed class FakeDriveItem
{
    private readonly Guid _uniqueId = Guid.NewGuid();

    public required string DriveId { get; init; }

    public required string Id { get; init; }

    public required string Name { get; set; }

    public string? ParentId { get; set; }

    /// <summary>Folder path from the drive root, e.g. <c>/Invoices</c> (for folders: their own full path).</summary>
    public string FolderPath { get; set; } = "/";

    public bool IsFolder { get; init; }

    public long Size { get; set; }

    public string MimeType { get; init; } = "application/pdf";

    /// <summary>Bumped by every change (<see cref="ETag"/>).</summary>
    public int Version { get; set; } = 1;

    /// <summary>Bumped by content changes only (<see cref="CTag"/>).</summary>
    public int ContentVersion { get; set; } = 1;

    public string ETag => $"\"{{{_uniqueId.ToString().ToUpperInvariant()}}},{Version}\"";

    public string CTag => $"\"c:{{{_uniqueId.ToString().ToUpperInvariant()}}},{ContentVersion}\"";

    public string QuickXorHash { get; set; } = Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(new byte[4]).ToArray());

    /// <summary>null = OneDrive of the user; else the SharePoint site name.</summary>
    public string? Site { get; init; }

    public DateTimeOffset LastModified { get; set; } = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public byte[]? Content { get; set; }

    public string WebUrl => Site is null
        ? $"https://contoso-my.sharepoint.com/personal/user_contoso_com/Documents{FolderPathOf()}/{Uri.EscapeDataString(Name)}"
        : $"https://contoso.sharepoint.com/sites/{Site}/Shared%20Documents{FolderPathOf()}/{Uri.EscapeDataString(Name)}";

    private string FolderPathOf() => IsFolder ? string.Empty : (FolderPath == "/" ? string.Empty : FolderPath);
}
