using System.Globalization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <summary>Which evidence a claim needs (FACTS A): core-requirement documentation and proof of execution always;
/// vendor invoices when third-party vendors were used; a certification statement (CSR / SAC) for in-house work; and at least one
/// of the two (a claim with neither has nothing to reimburse: <see cref="ChecklistResult.CostBasisMissing"/>).</summary>
public static class Checklist
{
    public static bool IsRequired(EvidenceKind kind, bool vendorsUsed, bool inHouseWork) => kind switch
    {
        EvidenceKind.CoreRequirementDocumentation => true,
        EvidenceKind.ProofOfExecution => true,
        EvidenceKind.VendorInvoice => vendorsUsed,
        EvidenceKind.CertificationStatement => inHouseWork,
        _ => false,
    };

    public static ChecklistResult Evaluate(bool vendorsUsed, bool inHouseWork, IEnumerable<EvidenceKind> present)
    {
        ArgumentNullException.ThrowIfNull(present);
        var counts = present.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var items = Enum.GetValues<EvidenceKind>()
            .Select(kind => new ChecklistItem(kind, IsRequired(kind, vendorsUsed, inHouseWork), counts.GetValueOrDefault(kind)))
            .ToList();
        return new ChecklistResult(items, CostBasisMissing: !vendorsUsed && !inHouseWork);
    }

    public static ChecklistResult Evaluate(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Evaluate(claim.VendorsUsed, claim.InHouseWork, claim.Evidence.Select(e => e.Kind));
    }

    /// <summary>The names of the missing evidence kinds in the user's language.</summary>
    public static IReadOnlyList<string> DescribeMissing(ChecklistResult result, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Missing.Select(kind => ClaimTexts.For(kind, culture))];
    }
}
