using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.Evidence;

/// <summary>The claim's evidence, one line per item with "Remove" (only while the claim can be edited), and the confirmation of
/// one removal (the file itself stays where it is; only the claim stops counting it).</summary>
public static class RemoveEvidenceCard
{
    public const string EvidenceKey = "evidenceId";
    public const string StepKey = "step";
    public const string ConfirmStep = "confirm";

    /// <summary>Items listed on the card (a claim rarely has more; the package has them all).</summary>
    public const int MaxShown = 25;

    public static AdaptiveCard List(CultureInfo culture, ClaimView claim, bool canRemove, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = BotText.For(culture);
        var body = new List<CardElement> { CardScaffold.Title(text.Format(nameof(Strings.EvidenceListTitle), CardText.Escape(claim.Title))) };
        if (claim.Evidence.Count == 0)
        {
            body.Add(CardScaffold.Paragraph(text[nameof(Strings.EvidenceListEmpty)]));
        }
        else if (!canRemove)
        {
            body.Add(CardScaffold.Paragraph(text[nameof(Strings.EvidenceListLocked)]) with { IsSubtle = true });
        }

        foreach (var item in claim.Evidence.OrderBy(e => e.AddedAt).Take(MaxShown))
        {
            body.Add(new TextBlock(Line(culture, item, zone)) { Wrap = true, Spacing = Spacing.Medium });
            if (canRemove)
            {
                body.Add(new ActionSet([CardActions.ExecuteForClaim(
                    text[nameof(Strings.ActionRemoveEvidence)], CardVerbs.EvidenceRemove, claim.Id, claim.Version, new JsonObject { [EvidenceKey] = item.Id.ToString("D") })])
                {
                    Spacing = Spacing.None,
                });
            }
        }

        return CardScaffold.Card(culture, body, [CardActions.ExecuteForClaim(text[nameof(Strings.ActionBackToClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version)]);
    }

    public static AdaptiveCard Confirm(CultureInfo culture, ClaimView claim, EvidenceView item, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(item);
        var text = BotText.For(culture);
        var body = new List<CardElement>
        {
            CardScaffold.Title(text.Format(nameof(Strings.EvidenceListTitle), CardText.Escape(claim.Title))),
            CardScaffold.Paragraph(text.Format(nameof(Strings.EvidenceRemoveConfirm), Line(culture, item, zone))),
        };
        return CardScaffold.Card(culture, body,
        [
            CardActions.ExecuteForClaim(text[nameof(Strings.ActionRemoveEvidence)], CardVerbs.EvidenceRemove, claim.Id, claim.Version,
                new JsonObject { [EvidenceKey] = item.Id.ToString("D"), [StepKey] = ConfirmStep }),
            CardActions.ExecuteForClaim(text[nameof(Strings.ActionCancel)], CardVerbs.EvidenceRemove, claim.Id, claim.Version),
        ]);
    }

    /// <summary>"«invoice.pdf» (Vendor invoice), added 03/12/2026 14:05".</summary>
    public static string Line(CultureInfo culture, EvidenceView item, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(item);
        return BotText.For(culture).Format(
            nameof(Strings.EvidenceListLine), CardText.EscapeTruncated(item.Name, 120), ClaimTexts.For(item.Kind, culture),
            TimeZoneInfo.ConvertTime(item.AddedAt, zone).ToString("g", culture));
    }
}
