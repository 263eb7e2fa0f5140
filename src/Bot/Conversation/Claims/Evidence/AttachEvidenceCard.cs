using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.Evidence;

/// <summary>
/// How to add evidence to a claim: choose the kind, then send the file in this chat or share it from OneDrive,
/// SharePoint or Outlook (the evidence conversation takes it from there), or search OneDrive and SharePoint from here when
/// Microsoft 365 is connected. Nothing is uploaded by this card.
/// </summary>
public static class AttachEvidenceCard
{
    public const string KindInput = "evidenceKind";
    public const string StepKey = "step";
    public const string ChooseStep = "choose";

    public static AdaptiveCard Create(CultureInfo culture, ClaimView claim, EvidenceKind? chosen, string? error = null, bool offerSearch = false)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = BotText.For(culture);
        var required = text[nameof(Strings.FormErrorRequired)];
        var body = new List<CardElement>
        {
            CardScaffold.Title(text.Format(nameof(Strings.EvidenceTitle), CardText.Escape(claim.Title))),
        };
        if (chosen is { } kind)
        {
            body.Add(new TextBlock(text.Format(nameof(Strings.EvidenceChosen), ClaimTexts.For(kind, culture))) { Wrap = true, Color = TextColor.Good, Weight = TextWeight.Bolder });
            body.Add(CardScaffold.Paragraph(text[nameof(Strings.EvidenceHowTo)]));
            if (kind == EvidenceKind.ProofOfExecution)
            {
                body.Add(new TextBlock(text.Format(nameof(Strings.ProofHint), ClaimTexts.ProofHint(claim.ActivityType, culture))) { Wrap = true, IsSubtle = true });
            }

            var back = CardActions.ExecuteForClaim(text[nameof(Strings.ActionBackToClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version);
            return CardScaffold.Card(culture, body, offerSearch ? [SearchAction(text, claim), back] : [back]);
        }

        body.Add(CardScaffold.Paragraph(text[nameof(Strings.EvidenceIntro)]));
        var missing = claim.Checklist.Missing;
        var choices = Enum.GetValues<EvidenceKind>()
            .Where(k => CoopAssistant.Claims.Rules.Checklist.IsRequired(k, claim.VendorsUsed, claim.InHouseWork) || claim.Evidence.Any(e => e.Kind == k))
            .Select(k => new InputChoice(ClaimTexts.For(k, culture), k.ToString()))
            .ToList();
        body.AddRange(CardForms.Field(
            new InputChoiceSet(KindInput, choices)
            {
                Label = text[nameof(Strings.FieldEvidenceKind)], IsRequired = true, ErrorMessage = required, Style = ChoiceInputStyle.Expanded,
                Value = (missing.Count > 0 ? missing[0] : EvidenceKind.ProofOfExecution).ToString(),
            },
            error));
        body.Add(new TextBlock(text.Format(nameof(Strings.ProofHint), ClaimTexts.ProofHint(claim.ActivityType, culture))) { Wrap = true, IsSubtle = true, Size = TextSize.Small });
        var actions = new List<CardAction>
        {
            CardActions.ExecuteForClaim(text[nameof(Strings.ActionChooseKind)], CardVerbs.EvidenceAttach, claim.Id, claim.Version, new JsonObject { [StepKey] = ChooseStep }),
        };
        if (offerSearch)
        {
            actions.Add(SearchAction(text, claim));
        }

        actions.Add(CardActions.ExecuteForClaim(text[nameof(Strings.ActionBackToClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version) with { AssociatedInputs = AssociatedInputs.None });
        return CardScaffold.Card(culture, body, actions);
    }

    /// <summary>"Search OneDrive/SharePoint": the search card for this claim (with the user's recent files).</summary>
    private static CardAction SearchAction(BotText text, ClaimView claim) =>
        CardActions.ExecuteForClaim(text[nameof(Strings.ActionSearchOneDrive)], CardVerbs.EvidenceSearch, claim.Id, claim.Version) with { AssociatedInputs = AssociatedInputs.None };
}
