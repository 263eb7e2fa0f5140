using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

public sealed record ChecklistResult(IReadOnlyList<ChecklistItem> Items)
{
    public IReadOnlyList<EvidenceKind> Missing => [.. Items.Where(i => i.Missing).Select(i => i.Kind)];

    public bool IsComplete => Items.All(i => !i.Missing);
}
