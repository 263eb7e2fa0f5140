namespace CoopAssistant.Claims.Model;

public enum ReminderKind
{
    ClaimDeadline = 0,
    DocumentationRequest = 1,
    Retention = 2,
}
