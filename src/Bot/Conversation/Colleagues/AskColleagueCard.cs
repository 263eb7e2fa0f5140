using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Colleagues;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>"Ask someone": the person (typeahead over the organization, <see cref="PeopleSearchHandler"/>, or typed), the checklist
/// item needed, by when, an optional note; then the "request sent" card with "cancel request".</summary>
public static class AskColleagueCard
{
    public const string PersonInput = "colleague.person";
    public const string TypedInput = "colleague.typed";
    public const string ItemInput = "colleague.item";
    public const string DueInput = "colleague.due";
    public const string NoteInput = "colleague.note";
    public const string StepKey = "step";
    public const string SendStep = "send";
    public const string RequestIdKey = "requestId";

    public const int NoteMaxLength = 1000;

    public sealed record Values(string? Person, string? Typed, string? Item, string? Due, string? Note);

    /// <summary>The form; <paramref name="suggestions"/> are the picker's first choices (a choice set needs one), the typeahead finds
    /// the rest. Without suggestions there is only the typed field.</summary>
    public static AdaptiveCard Form(CultureInfo culture, ClaimView claim, IReadOnlyList<KnownPerson> suggestions, Values values, IReadOnlyDictionary<string, string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(suggestions);
        var text = BotText.For(culture);
        errors ??= new Dictionary<string, string>();
        var required = text[nameof(Strings.FormErrorRequired)];
        var missing = claim.Checklist.Missing;
        var items = (missing.Count > 0 ? missing : claim.Checklist.Items.Select(i => i.Kind).ToList())
            .Select(k => new InputChoice(ClaimTexts.For(k, culture), k.ToString())).ToList();
        var body = new List<CardElement>
        {
            CardScaffold.Title(text.Format(nameof(Strings.ColleagueAskTitle), CardText.Escape(claim.Title))),
            CardScaffold.Paragraph(text[nameof(Strings.ColleagueAskIntro)]),
        };
        if (suggestions.Count > 0)
        {
            body.AddRange(CardForms.Field(
                new InputChoiceSet(PersonInput, [.. suggestions.Select(p => new InputChoice(p.Name, p.ObjectId))])
                {
                    Label = text[nameof(Strings.FieldColleague)],
                    Placeholder = text[nameof(Strings.FieldColleaguePlaceholder)],
                    ChoicesData = new DataQuery(PeopleSearchHandler.Dataset) { Count = PeopleSearchHandler.MaxResults },
                    Value = values.Person,
                },
                errors.GetValueOrDefault(PersonInput)));
        }

        body.AddRange(CardForms.Field(
            new InputText(TypedInput) { Label = text[nameof(Strings.FieldColleagueTyped)], MaxLength = 256, Value = values.Typed },
            errors.GetValueOrDefault(TypedInput)));
        body.AddRange(CardForms.Field(
            new InputChoiceSet(ItemInput, items) { Label = text[nameof(Strings.FieldItemNeeded)], IsRequired = true, ErrorMessage = required, Value = values.Item ?? items.FirstOrDefault()?.Value },
            errors.GetValueOrDefault(ItemInput)));
        body.AddRange(CardForms.Field(
            new InputDate(DueInput) { Label = text[nameof(Strings.FieldNeededBy)], IsRequired = true, ErrorMessage = required, Value = values.Due },
            errors.GetValueOrDefault(DueInput)));
        body.AddRange(CardForms.Field(
            new InputText(NoteInput) { Label = text[nameof(Strings.FieldColleagueNote)], IsMultiline = true, MaxLength = NoteMaxLength, Value = values.Note },
            errors.GetValueOrDefault(NoteInput)));
        return CardScaffold.Card(
            culture,
            body,
            [
                CardActions.ExecuteForClaim(text[nameof(Strings.ActionSendRequest)], CardVerbs.ColleagueAsk, claim.Id, claim.Version, new JsonObject { [StepKey] = SendStep }),
                CardActions.ExecuteForClaim(text[nameof(Strings.ActionBackToClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version) with { AssociatedInputs = AssociatedInputs.None },
            ]);
    }

    /// <summary>What the owner sees once the request is sent, with "cancel request" (and "back to the claim").</summary>
    public static AdaptiveCard Sent(CultureInfo culture, ClaimView claim, ColleagueRequest request)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(request);
        var text = BotText.For(culture);
        return CardScaffold.Card(
            culture,
            [
                CardScaffold.Title(text.Format(nameof(Strings.ColleagueSentTitle), CardText.Escape(request.ColleagueName))),
                CardScaffold.Paragraph(text.Format(nameof(Strings.ColleagueSentBody), CardText.Escape(request.ColleagueName), ItemText(request, culture),
                    CardText.Escape(claim.Title), CardFormat.Date(request.Due, culture))),
            ],
            [
                CardActions.Execute(text[nameof(Strings.ActionCancelRequest)], CardVerbs.ColleagueCancel, new JsonObject { [RequestIdKey] = request.Id.ToString("D") }),
                CardActions.ExecuteForClaim(text[nameof(Strings.ActionBackToClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version),
            ]);
    }

    public static string ItemText(ColleagueRequest request, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Enum.TryParse<EvidenceKind>(request.Item, out var kind) ? ClaimTexts.For(kind, culture) : CardText.Escape(request.Item);
    }
}
