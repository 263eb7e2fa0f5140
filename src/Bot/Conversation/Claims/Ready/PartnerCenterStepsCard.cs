using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.Ready;

/// <summary>
/// Once a claim is ready: exactly what to enter and upload in Partner Center (Incentives → Co-op management → Create a
/// claim), in order, with a link to each kept file and the claim package; then the person marks it submitted here, with
/// the Partner Center claim id if they have it. Partner Center has no API for co-op claims, so the bot never files it.
/// </summary>
public static class PartnerCenterStepsCard
{
    public const string PartnerCenterClaimIdInput = "partnerCenterClaimId";

    public static AdaptiveCard Create(CultureInfo culture, ClaimTurn turn, ClaimView claim, Uri packageUrl, string? partnerCenterClaimId = null, string? error = null, CardNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(packageUrl);
        var text = BotText.For(culture);
        var body = new List<CardElement>
        {
            CardScaffold.Title(text.Format(nameof(Strings.StepsTitle), CardText.Escape(claim.Title))),
        };
        if (note is not null)
        {
            body.Add(note.ToTextBlock());
        }

        body.Add(CardScaffold.Paragraph(text[nameof(Strings.StepsIntro)]));
        var step = 0;
        Step(text[nameof(Strings.StepsOpen)]);
        Step(text.Format(nameof(Strings.StepsProgram), ClaimNames.Program(claim.Program, culture), CardFormat.Date(claim.UsageStart, culture), CardFormat.Date(claim.UsageEnd, culture)));
        Step(text.Format(nameof(Strings.StepsActivity), ClaimTexts.For(claim.ActivityType, culture), CardText.Escape(claim.Title), CardFormat.Date(claim.ActivityDate, culture), CardFormat.Amount(claim.Amount, claim.Currency, culture)));
        Step(text[nameof(Strings.StepsUpload)]);
        foreach (var kind in new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.CertificationStatement, EvidenceKind.ProofOfExecution })
        {
            var items = claim.Evidence.Where(e => e.Kind == kind).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            body.Add(new TextBlock(ClaimTexts.For(kind, culture)) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small });
            foreach (var item in items)
            {
                var name = CardText.EscapeTruncated(item.Name, 120);
                var link = SafeLink.ForMarkdown(item.WebUrl);
                body.Add(new TextBlock(link is null ? name : name + " — [" + text[nameof(Strings.OpenFile)] + "](" + link + ")") { Wrap = true, Spacing = Spacing.None });
            }
        }

        Step(text.Format(nameof(Strings.StepsSubmit), CardFormat.Date(claim.Deadline, culture), CardFormat.DaysLeft(claim.Deadline.DayNumber - turn.Today.DayNumber, culture)));
        Step(text[nameof(Strings.StepsComeBack)]);
        body.AddRange(CardForms.Field(
            new InputText(PartnerCenterClaimIdInput)
            {
                Label = text[nameof(Strings.FieldPartnerCenterClaimId)], MaxLength = 64, Value = partnerCenterClaimId,
                Placeholder = text[nameof(Strings.FieldPartnerCenterClaimIdPlaceholder)],
            },
            error));

        return CardScaffold.Card(
            culture,
            body,
            [
                CardActions.ExecuteForClaim(text[nameof(Strings.ActionMarkSubmitted)], CardVerbs.ClaimSubmit, claim.Id, claim.Version),
                CardActions.OpenUrl(text[nameof(Strings.ActionPackage)], packageUrl),
                CardActions.ExecuteForClaim(text[nameof(Strings.ActionBackToClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version) with { AssociatedInputs = AssociatedInputs.None },
            ]);

        void Step(string line)
        {
            step++;
            body.Add(new TextBlock(step.ToString(culture) + ". " + line) { Wrap = true, Spacing = Spacing.Small });
        }
    }
}
