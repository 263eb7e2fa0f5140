using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Review.Checks;

/// <summary>The date of execution must fall between the campaign's start and end (FACTS A): the claim's activity date,
/// and any execution date a proof of execution states ("Data do evento", "Event date"...), are checked against the usage
/// period (warns, shows the dates).</summary>
public sealed class ExecutionDateCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        var period = new PeriodValue(claim.UsageStart, claim.UsageEnd);
        if (!claim.InUsagePeriod(claim.ActivityDate))
        {
            yield return new Finding(FindingCode.ExecutionDateOutsidePeriod, ReviewSeverity.Warns, null, null, [new DateValue(claim.ActivityDate), period]);
        }

        foreach (var document in context.OfKind(EvidenceKind.ProofOfExecution))
        {
            foreach (var assumed in document.Facts.ExecutionDates.Where(d => d.OrderAssumed).Take(1))
            {
                yield return DateAssumption.Finding(document, assumed);
            }

            if (document.Facts.ExecutionDates.FirstOrDefault(d => !claim.InUsagePeriod(d.Date)) is { } outside)
            {
                yield return document.Finding(FindingCode.ExecutionDateOutsidePeriod, ReviewSeverity.Warns, new DateValue(outside.Date), period);
            }
        }
    }
}
