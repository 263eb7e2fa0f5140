using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Findings;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Review;

/// <summary>The evidence review in the chat: the progress card, the claim card's Review section, and the form that accepts a finding with a reason.</summary>
public static class ReviewCards
{
    public const string FindingInput = "finding";
    public const string ReasonInput = "reason";

    /// <summary>"Reviewing 3 of 8 documents…" with the claim's title.</summary>
    public static AdaptiveCard Progress(CultureInfo culture, string title, int current, int total)
    {
        var text = BotText.For(culture);
        var line = total == 0 ? text[nameof(Strings.ReviewProgressNone)] : text.Format(nameof(Strings.ReviewProgress), current, total);
        return CardScaffold.Card(culture, [
            new TextBlock(line) { Wrap = true, Weight = TextWeight.Bolder },
            new TextBlock(CardText.Escape(title)) { Wrap = true, IsSubtle = true },
        ]);
    }

    /// <summary>
    /// The claim card's Review section: nothing before the first review; "reviewing…" while a review is due; then the claim-level
    /// findings and one line per document (✓ / ⚠ / ✗ and the most serious open finding), and the acceptances on record (who,
    /// when, why).
    /// </summary>
    public static IEnumerable<CardElement> Section(CultureInfo culture, ClaimReviewView? review)
    {
        if (review is null)
        {
            yield break;
        }

        var text = BotText.For(culture);
        yield return new TextBlock(text[nameof(Strings.ReviewTitle)]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true };
        if (review.IsPending)
        {
            yield return new TextBlock(text[nameof(Strings.ReviewPendingLine)]) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small };
            if (!review.HasResult)
            {
                yield break;
            }
        }

        foreach (var finding in review.ClaimLevel.Where(f => f.Acceptance is null))
        {
            yield return new TextBlock(Symbol(finding.Severity) + " " + CardText.Escape(ReviewTexts.Describe(finding, culture)))
            {
                Wrap = true, Color = ColorOf(finding.Severity), Spacing = Spacing.Small,
            };
        }

        foreach (var document in review.Documents)
        {
            var line = ReviewTexts.DocumentLine(document.Name, document.Outcome, document.Findings, culture);
            yield return new TextBlock(CardText.Escape(line))
            {
                Wrap = true, Spacing = Spacing.Small,
                Color = document.Outcome switch
                {
                    DocumentOutcome.Blocking => TextColor.Attention,
                    DocumentOutcome.Warning => TextColor.Warning,
                    _ => TextColor.Good,
                },
            };
        }

        if (review.Documents.Count == 0 && !review.ClaimLevel.Any(f => f.Acceptance is null))
        {
            yield return new TextBlock(text[nameof(Strings.ReviewNothingOpen)]) { Wrap = true, Color = TextColor.Good, Spacing = Spacing.Small };
        }

        foreach (var accepted in review.Findings.Where(f => f.Acceptance is not null))
        {
            var a = accepted.Acceptance!;
            yield return new TextBlock(text.Format(
                nameof(Strings.ReviewAcceptedLine),
                CardText.Escape(ReviewTexts.Describe(accepted, culture)),
                CardText.Escape(a.AcceptedBy),
                CardFormat.Date(DateOnly.FromDateTime(a.AcceptedAt.UtcDateTime), culture),
                CardText.EscapeTruncated(a.Reason, 300)))
            {
                Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small,
            };
        }
    }

    /// <summary>The form to accept one open finding with a reason (warnings and notes; duplicates for an administrator).</summary>
    public static AdaptiveCard AcceptForm(CultureInfo culture, ClaimView claim, IReadOnlyList<Finding> acceptable, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(acceptable);
        var text = BotText.For(culture);
        var body = new List<CardElement> { CardScaffold.Title(text.Format(nameof(Strings.ReviewAcceptTitle), CardText.Escape(claim.Title))) };
        var back = CardActions.ExecuteForClaim(text[nameof(Strings.ActionBackToClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version) with { AssociatedInputs = AssociatedInputs.None };
        if (acceptable.Count == 0)
        {
            body.Add(CardScaffold.Paragraph(text[nameof(Strings.ReviewAcceptNothing)]));
            return CardScaffold.Card(culture, body, [back]);
        }

        body.Add(CardScaffold.Paragraph(text[nameof(Strings.ReviewAcceptIntro)]));
        var choices = acceptable
            .Select(f => new InputChoice(
                CardText.Escape((f.DocumentName is { } name ? name + ": " : string.Empty) + ReviewTexts.Describe(f, culture)),
                FindingKey(f)))
            .ToList();
        body.AddRange(CardForms.Field(
            new InputChoiceSet(FindingInput, choices)
            {
                Label = text[nameof(Strings.ReviewAcceptFinding)], IsRequired = true, Style = ChoiceInputStyle.Expanded, Value = choices[0].Value,
                ErrorMessage = text[nameof(Strings.FormErrorRequired)],
            },
            null));
        body.AddRange(CardForms.Field(
            new InputText(ReasonInput)
            {
                Label = text[nameof(Strings.ReviewAcceptReason)], IsRequired = true, IsMultiline = true, MaxLength = ReviewLimits.ReasonMaxLength,
                ErrorMessage = text[nameof(Strings.FormErrorRequired)],
            },
            error));
        return CardScaffold.Card(culture, body, [
            CardActions.ExecuteForClaim(text[nameof(Strings.ActionAcceptFinding)], CardVerbs.ReviewAccept, claim.Id, claim.Version, new JsonObject { ["step"] = "accept" }),
            back,
        ]);
    }

    /// <summary>A finding's key in the form: its stable code and its document (if any).</summary>
    public static string FindingKey(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return FindingCodes.Stable(finding.Code) + "|" + (finding.DocumentId?.ToString("N") ?? string.Empty);
    }

    public static string Symbol(ReviewSeverity severity) => severity switch
    {
        ReviewSeverity.Blocks => "✗",
        ReviewSeverity.Warns => "⚠",
        _ => "ℹ",
    };

    private static TextColor ColorOf(ReviewSeverity severity) => severity switch
    {
        ReviewSeverity.Blocks => TextColor.Attention,
        ReviewSeverity.Warns => TextColor.Warning,
        _ => TextColor.Default,
    };
}
