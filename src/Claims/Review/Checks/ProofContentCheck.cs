using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review.Extraction;

namespace CoopAssistant.Claims.Review.Checks;

/// <summary>A proof of execution that shows none of what its activity type needs (<see cref="ProofExpectations"/>) warns
/// and lists what was expected. A picture shows the picture-like items (photos, screenshots, the final piece).</summary>
public sealed class ProofContentCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expected = ProofExpectations.For(context.Claim.ActivityType);
        if (expected.Count == 0)
        {
            yield break;
        }

        foreach (var document in context.OfKind(EvidenceKind.ProofOfExecution))
        {
            var reading = document.Document.Reading;
            var shown = reading.IsImage
                ? expected.Where(ProofTerms.ShownByPicture.Contains)
                : document.WasRead ? expected.Where(document.Facts.ProofItems.Contains) : null;
            if (shown is null || shown.Any())
            {
                continue; // unreadable documents get their own note; this one shows something expected
            }

            yield return document.Finding(
                FindingCode.ProofMissingExpected,
                ReviewSeverity.Warns,
                new ListValue([.. expected.Select(i => new LocalizedValue("ProofItem." + i))]),
                new ActivityValue(context.Claim.ActivityType));
        }
    }
}
