namespace CoopAssistant.Graph.Files;

/// <summary>A file in OneDrive or SharePoint.</summary>
public sealed record DriveItemRef(string DriveId, string ItemId);
