namespace CoopAssistant.Claims.Review.Checks;

/// <summary>Every claim needs a third-party invoice or a certification statement (FACTS A, cost basis): without either
/// there is nothing to reimburse.</summary>
public sealed class CostBasisCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.CostBasis.Any())
        {
            yield return new Finding(FindingCode.NoCostBasis, ReviewSeverity.Blocks, null, null, []);
        }
    }
}
