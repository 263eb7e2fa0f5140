namespace CoopAssistant.Claims.Review.Checks;

/// <summary>A CNPJ whose check digits are wrong is a typo or a made-up document: warns with the id as found.</summary>
public sealed class TaxIdCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var document in context.Documents)
        {
            foreach (var id in document.Facts.InvalidTaxIds.Take(3))
            {
                yield return document.Finding(FindingCode.InvalidTaxId, ReviewSeverity.Warns, new TextValue(id));
            }
        }
    }
}
