using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.Documentation;

/// <summary>"Partner Center asked for more documentation": the date of the request, what was asked, the date to answer by (optional).</summary>
public static class DocumentationRequestCard
{
    public const string RequestedOnInput = "request.requestedOn";
    public const string StepKey = "step";
    public const string RecordStep = "record";

    public static AdaptiveCard Create(
        CultureInfo culture,
        ClaimView claim,
        string? requestedOn,
        string? respondBy,
        string? whatWasAsked,
        IReadOnlyDictionary<string, string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = BotText.For(culture);
        var required = text[nameof(Strings.FormErrorRequired)];
        errors ??= new Dictionary<string, string>();
        var body = new List<CardElement>
        {
            CardScaffold.Title(text.Format(nameof(Strings.DocumentationTitle), CardText.Escape(claim.Title))),
            CardScaffold.Paragraph(text[nameof(Strings.DocumentationIntro)]),
        };
        body.AddRange(CardForms.Field(
            new InputDate(RequestedOnInput) { Label = text[nameof(Strings.FieldRequestedOn)], IsRequired = true, ErrorMessage = required, Value = requestedOn },
            errors.GetValueOrDefault(RequestedOnInput)));
        body.AddRange(CardForms.Field(
            new InputText(ClaimFields.RequestText)
            {
                Label = text[nameof(Strings.FieldWhatWasAsked)], IsRequired = true, ErrorMessage = required, IsMultiline = true, MaxLength = 2000, Value = whatWasAsked,
            },
            errors.GetValueOrDefault(ClaimFields.RequestText)));
        body.AddRange(CardForms.Field(
            new InputDate(ClaimFields.RespondBy) { Label = text[nameof(Strings.FieldRespondBy)], Value = respondBy },
            errors.GetValueOrDefault(ClaimFields.RespondBy)));

        return CardScaffold.Card(
            culture,
            body,
            [
                CardActions.ExecuteForClaim(text[nameof(Strings.ActionRecordRequest)], CardVerbs.ClaimDocumentationRequested, claim.Id, claim.Version, new JsonObject { [StepKey] = RecordStep }),
                CardActions.ExecuteForClaim(text[nameof(Strings.ActionBackToClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version) with { AssociatedInputs = AssociatedInputs.None },
            ]);
    }
}
