namespace CoopAssistant.Claims.Model;

/// <summary>What the last check of an evidence item's source file (OneDrive/SharePoint, by eTag) found.</summary>
public enum EvidenceSourceState
{
    Unchanged = 0,

    /// <summary>Edited after it was attached (the eTag differs); the kept copy is still the original.</summary>
    Changed = 1,

    /// <summary>Deleted or moved out of reach since it was attached.</summary>
    Deleted = 2,
}
