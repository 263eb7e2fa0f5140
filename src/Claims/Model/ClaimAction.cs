namespace CoopAssistant.Claims.Model;

/// <summary>What a claim history entry records (stored by number: append, never renumber).</summary>
public enum ClaimAction
{
    Created = 0,
    FieldsChanged = 1,
    EvidenceAdded = 2,
    EvidenceRemoved = 3,
    DocumentationRequested = 4,
    DocumentationAnswered = 5,
    StatusChanged = 6,
    SubmittedInPartnerCenter = 7,
    Approved = 8,
    Rejected = 9,
    DisputeFiled = 10,
    Paid = 11,
    Expired = 12,
    FundChanged = 13,
    FindingAccepted = 14,
}
