using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.ClaimCard;

/// <summary>The claim card's checklist: what is present and missing (and a missing cost basis), the proof-of-execution hint for
/// the activity type, its caps (<see cref="CapNotes"/>), and evidence whose OneDrive/SharePoint source changed after it was attached.</summary>
internal static class ClaimCardChecklist
{
    public static List<TextBlock> Lines(CultureInfo culture, ClaimView claim)
    {
        var text = BotText.For(culture);
        var lines = new List<TextBlock>();
        lines.Add(new TextBlock(text[nameof(Strings.ChecklistTitle)]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true });
        if (claim.Checklist.CostBasisMissing)
        {
            lines.Add(new TextBlock(text[nameof(Strings.ChecklistCostBasisMissing)]) { Wrap = true, Color = TextColor.Attention, Spacing = Spacing.Small });
        }
        foreach (var item in claim.Checklist.Items.Where(i => i.Required || i.Count > 0))
        {
            var kind = ClaimTexts.For(item.Kind, culture);
            lines.Add(item.Missing
                ? new TextBlock(text.Format(nameof(Strings.ChecklistMissing), kind)) { Wrap = true, Color = TextColor.Attention, Spacing = Spacing.Small }
                : new TextBlock(text.Format(nameof(Strings.ChecklistPresent), kind, item.Count)) { Wrap = true, Color = TextColor.Good, Spacing = Spacing.Small });
        }

        lines.Add(new TextBlock(text.Format(nameof(Strings.ProofHint), ClaimTexts.ProofHint(claim.ActivityType, culture))) { Wrap = true, IsSubtle = true, Size = TextSize.Small });
        // The activity type's caps (issue 20): a USD limit on a claim in another currency, or a share of funds with no fund known,
        // is said rather than left out.
        lines.AddRange(CapNotes.For(claim.ActivityType, claim.Currency, claim.Fund is not null, culture)
            .Select(note => new TextBlock(note) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small }));
        lines.AddRange(SourceWarnings(culture, claim));
        return lines;
    }

    /// <summary>One line per evidence item whose OneDrive/SharePoint source was edited or deleted after it was attached (last check stored on the item).</summary>
    private static IEnumerable<TextBlock> SourceWarnings(CultureInfo culture, ClaimView claim)
    {
        var text = BotText.For(culture);
        foreach (var item in claim.Evidence)
        {
            var key = item.SourceState switch
            {
                EvidenceSourceState.Changed => nameof(Strings.SourceChanged),
                EvidenceSourceState.Deleted => nameof(Strings.SourceDeleted),
                _ => null,
            };
            if (key is not null)
            {
                yield return new TextBlock(text.Format(key, CardText.Escape(item.Name), ClaimTexts.For(item.Kind, culture)))
                {
                    Wrap = true, Color = TextColor.Warning, Spacing = Spacing.Small,
                };
            }
        }
    }
}
