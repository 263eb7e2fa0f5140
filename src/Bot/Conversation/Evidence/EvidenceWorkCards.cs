using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>The notes of the claim card that ends evidence work: how many files were added, and one line per file refused.</summary>
internal static class EvidenceWorkCards
{
    public static CardNote[] Notes(CultureInfo culture, EvidenceKind kind, int added, IEnumerable<(string Name, EvidenceErrorCode? Error, ClaimErrorCode? ClaimError)> refused, string? extra = null)
    {
        var text = BotText.For(culture);
        var notes = new List<CardNote>();
        if (added > 0)
        {
            notes.Add(new CardNote(text.Format(nameof(Strings.ChatFilesStored), added, ClaimTexts.For(kind, culture)), TextColor.Good));
        }

        foreach (var (name, error, claimError) in refused)
        {
            var reason = error is { } e ? EvidenceErrorTexts.For(e, culture)
                : claimError is { } c ? ClaimTexts.For(c, culture)
                : text[nameof(Strings.ChatFileInvalid)];
            notes.Add(new CardNote(text.Format(nameof(Strings.ChatFileRefused), CardText.Escape(name), reason), TextColor.Attention));
        }

        if (extra is not null)
        {
            notes.Add(new CardNote(extra, TextColor.Warning));
        }

        return [.. notes];
    }

    public static AdaptiveCard ClaimGone(CultureInfo culture)
    {
        var text = BotText.For(culture);
        return NoticeCard.Create(culture, text[nameof(Strings.EvidenceTitleShort)], text[nameof(Strings.EvidenceClaimGone)], TextColor.Attention);
    }
}
