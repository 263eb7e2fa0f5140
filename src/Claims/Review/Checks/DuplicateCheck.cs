namespace CoopAssistant.Claims.Review.Checks;

/// <summary>The same file (SHA-256) or the same invoice (issuer id + number) on another claim of the tenant blocks,
/// unless an administrator accepts it with a reason. The other claim is named only when the person may see it.</summary>
public sealed class DuplicateCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var others = context.Request.OtherClaims.Where(o => o.ClaimId != context.Claim.ClaimId).ToList();
        if (others.Count == 0)
        {
            yield break;
        }

        foreach (var document in context.Documents)
        {
            var sameFile = others.FirstOrDefault(o => o.Sha256s.Contains(document.Document.Sha256, StringComparer.OrdinalIgnoreCase));
            if (sameFile is not null)
            {
                yield return document.Finding(FindingCode.DuplicateFile, ReviewSeverity.Blocks, ClaimName(sameFile));
                continue;
            }

            if (document.InvoiceKey is { } key && others.FirstOrDefault(o => o.InvoiceKeys.Contains(key, StringComparer.Ordinal)) is { } sameInvoice)
            {
                yield return document.Finding(
                    FindingCode.DuplicateInvoice, ReviewSeverity.Blocks, new TextValue(document.Facts.InvoiceNumber ?? key), ClaimName(sameInvoice));
            }
        }
    }

    private static FindingValue ClaimName(OtherClaimEvidence claim) =>
        claim.VisibleToViewer ? new TextValue(claim.Title) : new LocalizedValue("Value.AnotherClaim");
}
