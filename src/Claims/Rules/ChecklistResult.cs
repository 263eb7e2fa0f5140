using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <param name="Items">The evidence kinds, required or not, with how many files each has.</param>
/// <param name="CostBasisMissing">Neither third-party vendors nor in-house work is recorded: a blocking item of its own (FACTS A,
/// "Cost basis": every claim needs a vendor invoice or a certification statement).</param>
public sealed record ChecklistResult(IReadOnlyList<ChecklistItem> Items, bool CostBasisMissing = false)
{
    public IReadOnlyList<EvidenceKind> Missing => [.. Items.Where(i => i.Missing).Select(i => i.Kind)];

    public bool IsComplete => !CostBasisMissing && Items.All(i => !i.Missing);
}
