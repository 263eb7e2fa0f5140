namespace CoopAssistant.Claims.Review.Checks;

/// <summary>Documents that could not be read, or only in part: refused content blocks (a program is not evidence),
/// a password, damage or a file that could not be opened at all warns (the reviewer cannot open it either, or the review
/// could not check it), no text is a note to check by eye.</summary>
public sealed class ReadabilityCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var document in context.Documents)
        {
            var reading = document.Document.Reading;
            var finding = reading.Status switch
            {
                DocumentReadStatus.Refused => document.Finding(FindingCode.RefusedContent, ReviewSeverity.Blocks, new LocalizedValue("Content." + reading.ContentType)),
                DocumentReadStatus.Encrypted => document.Finding(FindingCode.Encrypted, ReviewSeverity.Warns),
                DocumentReadStatus.Unavailable => document.Finding(
                    FindingCode.Unavailable, ReviewSeverity.Warns, new LocalizedValue("Unavailable." + (reading.Unavailable ?? UnavailableReason.NotKept))),
                DocumentReadStatus.Corrupt => document.Finding(FindingCode.Corrupt, ReviewSeverity.Warns, new LocalizedValue("Content." + reading.ContentType)),
                DocumentReadStatus.NoText => document.Finding(FindingCode.Unreadable, ReviewSeverity.Info, new LocalizedValue(reading.IsImage ? "Value.Picture" : "Value.NoTextLayer")),
                DocumentReadStatus.Read when reading.LimitReached != ReadLimit.None => document.Finding(
                    FindingCode.PartiallyRead,
                    ReviewSeverity.Info,
                    new TextValue(reading.PageCount is { } count ? $"{reading.PagesRead}/{count}" : reading.PagesRead.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new LocalizedValue("Limit." + reading.LimitReached)),
                DocumentReadStatus.Read when string.IsNullOrWhiteSpace(reading.Text) => document.Finding(FindingCode.Unreadable, ReviewSeverity.Info, new LocalizedValue("Value.NoTextLayer")),
                _ => null,
            };
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }
}
