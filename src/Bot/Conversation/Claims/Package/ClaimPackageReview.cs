using System.Globalization;
using System.Text;
using CoopAssistant.Bot.Conversation.Review;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Findings;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Bot.Conversation.Claims.Package;

/// <summary>
/// The evidence review in the claim package: <c>review.csv</c> / <c>revisao.csv</c> (one row per finding: severity, stable code, document, what
/// was found, what to do, open or accepted, and who accepted it, when and why) and <c>review.txt</c> / <c>revisao.txt</c> (the same for a person:
/// one line per document ✓ / ⚠ / ✗, then every finding and every acceptance).
/// </summary>
internal static class ClaimPackageReview
{
    /// <summary>The findings file's name in the claim's language (<c>review.csv</c>, <c>revisao.csv</c>).</summary>
    public static string CsvEntry(CultureInfo culture) => BotText.For(culture)[nameof(Strings.PackageReviewCsvFile)];

    /// <summary>The readable summary's name in the claim's language (<c>review.txt</c>, <c>revisao.txt</c>).</summary>
    public static string SummaryEntry(CultureInfo culture) => BotText.For(culture)[nameof(Strings.PackageReviewSummaryFile)];

    public static string Csv(ClaimReviewView review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        var s = new StringBuilder();
        s.AppendLine("severity,code,document,finding,advice,state,accepted_by,accepted_at,reason");
        foreach (var f in review.Findings)
        {
            var a = f.Acceptance;
            s.AppendJoin(
                ',',
                ClaimPackageWriter.Csv(f.Severity.ToString().ToLowerInvariant()),
                ClaimPackageWriter.Csv(FindingCodes.Stable(f.Code)),
                ClaimPackageWriter.Csv(f.DocumentName ?? string.Empty),
                ClaimPackageWriter.Csv(ReviewTexts.Describe(f, culture)),
                ClaimPackageWriter.Csv(ReviewTexts.Advise(f, culture)),
                ClaimPackageWriter.Csv(a is null ? "open" : "accepted"),
                ClaimPackageWriter.Csv(a?.AcceptedBy ?? string.Empty),
                ClaimPackageWriter.Csv(a?.AcceptedAt.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty),
                ClaimPackageWriter.Csv(a?.Reason ?? string.Empty));
            s.AppendLine();
        }

        return s.ToString();
    }

    public static string Summary(ClaimReviewView review, string claimTitle, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        var text = BotText.For(culture);
        var s = new StringBuilder();
        s.Append(text[nameof(Strings.ReviewTitle)]).Append(": ").AppendLine(claimTitle);
        if (review.ReviewedAt is { } at)
        {
            s.AppendLine(text.Format(nameof(Strings.PackageReviewedAt), at.UtcDateTime.ToString("u", CultureInfo.InvariantCulture)));
        }

        if (review.IsPending)
        {
            s.AppendLine(text[nameof(Strings.PackageReviewPending)]);
        }

        s.AppendLine();
        foreach (var f in review.ClaimLevel)
        {
            s.Append(ReviewCards.Symbol(f.Severity)).Append(' ').AppendLine(ReviewTexts.Describe(f, culture));
        }

        foreach (var d in review.Documents)
        {
            s.AppendLine(ReviewTexts.DocumentLine(d.Name, d.Outcome, d.Findings, culture));
        }

        s.AppendLine();
        foreach (var f in review.Findings)
        {
            s.Append("- [").Append(ReviewTexts.For(f.Severity, culture)).Append("] ");
            if (f.DocumentName is { } name)
            {
                s.Append(name).Append(": ");
            }

            s.AppendLine(ReviewTexts.Describe(f, culture));
            s.Append("  ").AppendLine(ReviewTexts.Advise(f, culture));
            if (f.Acceptance is { } a)
            {
                s.Append("  ").AppendLine(text.Format(nameof(Strings.PackageAccepted), a.AcceptedBy, a.AcceptedAt.UtcDateTime.ToString("u", CultureInfo.InvariantCulture), a.Reason));
            }
        }

        return s.ToString();
    }
}
