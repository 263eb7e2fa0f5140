namespace CoopAssistant.Claims.Model;

public enum EvidenceSource
{
    OneDrive = 0,
    SharePoint = 1,
    TeamsUpload = 2,
    Outlook = 3,
    Local = 4,
}
