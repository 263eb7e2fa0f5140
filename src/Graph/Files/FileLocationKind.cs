namespace CoopAssistant.Graph.Files;

public enum FileLocationKind
{
    OneDrive,
    SharePoint,
}
