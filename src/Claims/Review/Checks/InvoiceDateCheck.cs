using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Review.Checks;

/// <summary>An invoice dated outside the usage period warns and shows both; a date read by assuming the day/month order
/// from the document's language is stated as a note.</summary>
public sealed class InvoiceDateCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        foreach (var document in context.OfKind(EvidenceKind.VendorInvoice))
        {
            if (document.Facts.IssueDate is not { } date)
            {
                continue;
            }

            if (date.OrderAssumed)
            {
                yield return DateAssumption.Finding(document, date);
            }

            if (!claim.InUsagePeriod(date.Date))
            {
                yield return document.Finding(
                    FindingCode.InvoiceDateOutsidePeriod, ReviewSeverity.Warns, new DateValue(date.Date), new PeriodValue(claim.UsageStart, claim.UsageEnd));
            }
        }
    }
}

internal static class DateAssumption
{
    public static Finding Finding(ReadDocument document, ExtractedDate date) =>
        document.Finding(
            FindingCode.DateOrderAssumed,
            ReviewSeverity.Info,
            new TextValue(date.Found),
            new DateValue(date.Date),
            new LocalizedValue("Language." + document.Facts.Language));
}
