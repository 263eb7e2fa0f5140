using CoopAssistant.Claims.Review;

namespace CoopAssistant.Claims.Findings;

/// <summary>The counts of open findings stored on a claim's review row: blocking ones, unaccepted warnings, and unaccepted notes
/// other than an assumed date order.</summary>
internal static class OpenFindingCounts
{
    public static void Apply(ClaimReview review, IReadOnlyList<Finding> findings)
    {
        review.OpenBlocking = findings.Count(f => f.IsBlocking);
        review.OpenWarnings = findings.Count(f => f.Acceptance is null && f.Severity == ReviewSeverity.Warns);
        review.OpenNotes = findings.Count(f => f.Acceptance is null && f.Severity == ReviewSeverity.Info && f.Code != FindingCode.DateOrderAssumed);
    }
}
