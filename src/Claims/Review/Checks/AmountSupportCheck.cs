namespace CoopAssistant.Claims.Review.Checks;

/// <summary>The documents must support the amount claimed: the totals of the invoices and certification statements in the
/// claim's currency (each file and each invoice counted once) must add up to at least the amount. Short of it blocks and
/// shows both sums and the documents counted; when some cost document could not be read or showed no total, the sum is
/// not conclusive and the finding warns instead (those documents get a "total not found" note).</summary>
public sealed class AmountSupportCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        var costBasis = context.CostBasis.ToList();
        if (costBasis.Count == 0)
        {
            yield break; // no cost basis at all: CostBasisCheck blocks
        }

        var counted = new List<ReadDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inconclusive = false;
        foreach (var document in costBasis)
        {
            if (document.Facts.Total is not { } total)
            {
                inconclusive = true;
                if (document.WasRead)
                {
                    yield return document.Finding(FindingCode.TotalNotFound, ReviewSeverity.Info);
                }

                continue;
            }

            var once = seen.Add("file:" + document.Document.Sha256) && (document.InvoiceKey is null || seen.Add("invoice:" + document.InvoiceKey));
            if (once && string.Equals(total.Money.Currency, claim.Currency, StringComparison.OrdinalIgnoreCase))
            {
                counted.Add(document);
            }
        }

        var sum = counted.Sum(d => d.Facts.Total!.Money.Amount);
        if (sum < claim.Amount)
        {
            FindingValue names = counted.Count > 0
                ? new ListValue([.. counted.Select(d => new TextValue(d.Document.Name))])
                : new LocalizedValue("Value.NoneCounted");
            yield return new Finding(
                FindingCode.AmountNotSupported,
                inconclusive ? ReviewSeverity.Warns : ReviewSeverity.Blocks,
                null,
                null,
                [new MoneyValue(new Money(sum, claim.Currency)), new MoneyValue(new Money(claim.Amount, claim.Currency)), names]);
        }
    }

    /// <summary>The sum and the documents counted, for the report.</summary>
    internal static (Money Sum, IReadOnlyList<Guid> Counted) Support(ReviewContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var counted = context.CostBasis
            .Where(d => d.Facts.Total is { } t && string.Equals(t.Money.Currency, context.Claim.Currency, StringComparison.OrdinalIgnoreCase))
            .Where(d => seen.Add("file:" + d.Document.Sha256) && (d.InvoiceKey is null || seen.Add("invoice:" + d.InvoiceKey)))
            .ToList();
        return (new Money(counted.Sum(d => d.Facts.Total!.Money.Amount), context.Claim.Currency), [.. counted.Select(d => d.Document.Id)]);
    }
}
