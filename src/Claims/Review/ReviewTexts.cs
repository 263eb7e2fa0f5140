using System.Globalization;
using System.Resources;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Claims.Review;

/// <summary>en-US and pt-BR texts of the evidence review (<c>ReviewStrings.resx</c> / <c>ReviewStrings.pt-BR.resx</c>):
/// for each finding what was found (<c>Finding.{Code}</c>, with the finding's values as placeholders) and what to do
/// (<c>Advice.{Code}</c>). Any Portuguese culture gets pt-BR; everything else en-US.</summary>
public static class ReviewTexts
{
    /// <summary>The resx pair behind these texts (tests walk every key).</summary>
    public static ResourceTexts Resources { get; } = new(new ResourceManager("CoopAssistant.Claims.Review.ReviewStrings", typeof(ReviewTexts).Assembly));

    public static string Get(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Resources.Find(key, culture) ?? key;
    }

    /// <summary>Whether the text exists in the culture's resx (tests walk every key).</summary>
    public static bool Has(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        // No fallback: a missing pt-BR text must not pass as present.
        return Resources.Entries(culture).TryGetValue(key, out var text) && text.Length > 0;
    }

    /// <summary>What was found, with its values: "Invoice dated Mar 1, 2027, outside the usage period Jan 1, 2026 – Jun 30, 2026."</summary>
    public static string Describe(Finding finding, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var values = finding.Values.Select(v => (object)v.Format(culture)).ToArray();
        return TextFormat.Format(culture, Get(TextKey("Finding.", finding), culture), values);
    }

    /// <summary>What to do about it.</summary>
    public static string Advise(Finding finding, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Get(TextKey("Advice.", finding), culture);
    }

    public static string For(ReviewSeverity severity, CultureInfo culture) => Get("Severity." + severity, culture);

    /// <summary>The card's line for one document: ✓ / ⚠ / ✗, its name and, when something is open, the most serious
    /// finding's text ("✗ nfse.pdf: This invoice was issued by your own company (…)").</summary>
    public static string DocumentLine(DocumentReview document, ReviewReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        return DocumentLine(document.Name, document.Outcome, report.For(document.DocumentId), culture);
    }

    /// <summary>The same line from a document's name, outcome and findings (as stored with the claim).</summary>
    public static string DocumentLine(string name, DocumentOutcome outcome, IEnumerable<Finding> findings, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var worst = findings
            .Where(f => f.Acceptance is null && f.Code != FindingCode.DateOrderAssumed)
            .OrderByDescending(f => f.Severity)
            .FirstOrDefault();
        return worst is null ? $"{Symbol(outcome)} {name}" : $"{Symbol(outcome)} {name}: {Describe(worst, culture)}";
    }

    /// <summary>✗ blocking, ⚠ warning, ✓ fine.</summary>
    public static string Symbol(DocumentOutcome outcome) => outcome switch
    {
        DocumentOutcome.Blocking => "✗",
        DocumentOutcome.Warning => "⚠",
        _ => "✓",
    };

    /// <summary>The key of a finding's text: an amount short of the claim while some document could not be counted has
    /// its own wording ("could not confirm").</summary>
    public static string TextKey(string prefix, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var key = prefix + finding.Code;
        return finding.Code == FindingCode.AmountNotSupported && finding.Severity != ReviewSeverity.Blocks ? key + ".Inconclusive" : key;
    }

}
