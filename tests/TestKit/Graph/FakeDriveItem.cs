namespace CoopAssistant.TestKit.Graph;

/// <summary>A file or folder held by <see cref="FakeGraphServer"/>.</summary>
public sealed class FakeDriveItem
{
    public required string DriveId { get; init; }

    public required string Id { get; init; }

    public required string Name { get; set; }

    public string? ParentId { get; init; }

    /// <summary>Folder path from the drive root, e.g. <c>/Invoices</c> (for folders: their own full path).</summary>
    public string FolderPath { get; init; } = "/";

    public bool IsFolder { get; init; }

    public long Size { get; set; }

    public string MimeType { get; init; } = "application/pdf";

    public string ETag { get; set; } = $"\"{{{Guid.NewGuid()}}},1\"";

    public string QuickXorHash { get; init; } = Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(new byte[4]).ToArray());

    /// <summary>null = OneDrive of the user; else the SharePoint site name.</summary>
    public string? Site { get; init; }

    public DateTimeOffset LastModified { get; init; } = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public byte[]? Content { get; set; }

    public string WebUrl => Site is null
        ? $"https://contoso-my.sharepoint.com/personal/user_contoso_com/Documents{FolderPathOf()}/{Uri.EscapeDataString(Name)}"
        : $"https://contoso.sharepoint.com/sites/{Site}/Shared%20Documents{FolderPathOf()}/{Uri.EscapeDataString(Name)}";

    private string FolderPathOf() => IsFolder ? string.Empty : (FolderPath == "/" ? string.Empty : FolderPath);
}
