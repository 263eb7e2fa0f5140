namespace CoopAssistant.Graph.Evidence;

public enum EvidenceStoreKind
{
    /// <summary>Embedded default: a folder under the data directory.</summary>
    Local,

    /// <summary>OneDrive or SharePoint through Microsoft Graph.</summary>
    Graph,
}
