namespace CoopAssistant.Claims.Review.Checks;

/// <summary>One currency per claim (FACTS A): an invoice or statement whose total is in another currency warns.</summary>
public sealed class CurrencyCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var document in context.CostBasis)
        {
            if (document.Facts.Total is { } total && !string.Equals(total.Money.Currency, context.Claim.Currency, StringComparison.OrdinalIgnoreCase))
            {
                yield return document.Finding(FindingCode.CurrencyMismatch, ReviewSeverity.Warns, new MoneyValue(total.Money), new TextValue(context.Claim.Currency));
            }
        }
    }
}
