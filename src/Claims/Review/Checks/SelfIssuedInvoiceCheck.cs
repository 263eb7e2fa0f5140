using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review.Extraction;

namespace CoopAssistant.Claims.Review.Checks;

/// <summary>An "invoice" the partner issued to itself is in-house work: its issuer's tax id or legal name is the tenant's
/// own (blocks: use a certification statement).</summary>
public sealed class SelfIssuedInvoiceCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var partner = context.Request.Partner;
        var ids = partner.TaxIds.Select(TextFold.IdKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var names = partner.LegalNames.Select(TextFold.CompanyKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (ids.Count == 0 && names.Count == 0)
        {
            yield break;
        }

        foreach (var document in context.OfKind(EvidenceKind.VendorInvoice))
        {
            var issuer = document.Facts.Issuer;
            var match = issuer.TaxIds.Where(ids.Contains).Select(TaxIds.Display).FirstOrDefault()
                ?? (issuer.Name is { } name && names.Contains(TextFold.CompanyKey(name)) ? name : null);
            if (match is not null)
            {
                yield return document.Finding(FindingCode.SelfIssuedInvoice, ReviewSeverity.Blocks, new TextValue(match));
            }
        }
    }
}
