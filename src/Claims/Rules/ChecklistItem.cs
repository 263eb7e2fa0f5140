using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

public sealed record ChecklistItem(EvidenceKind Kind, bool Required, int Count)
{
    public bool Missing => Required && Count == 0;
}
