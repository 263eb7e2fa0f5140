using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.NewClaim;

/// <summary>The claim form (new or edit): every field with its value kept and, after a failed submission, its error right under it.</summary>
public static class ClaimFormCard
{
    public const string FormIdKey = "formId";

    public static AdaptiveCard Create(CultureInfo culture, ClaimFormState form, IReadOnlyDictionary<string, string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var text = BotText.For(culture);
        var required = text[nameof(Strings.FormErrorRequired)];
        errors ??= new Dictionary<string, string>();
        var v = form.Values;
        var body = new List<CardElement>
        {
            CardScaffold.Title(text[form.Mode == ClaimFormMode.New ? nameof(Strings.ClaimFormNewTitle) : nameof(Strings.ClaimFormEditTitle)]),
            CardScaffold.Paragraph(text[nameof(Strings.ClaimFormIntro)]),
        };
        if (errors.Count > 0)
        {
            body.Add(new CardNote(text[nameof(Strings.ClaimFormHasErrors)], TextColor.Attention).ToTextBlock());
            var other = errors.Where(e => !FieldIds.Contains(e.Key)).Select(e => e.Value).Distinct().ToList();
            body.AddRange(other.Select(message => new TextBlock(message) { Wrap = true, Color = TextColor.Attention }));
        }

        body.AddRange(CardForms.Field(
            new InputChoiceSet(ClaimFields.Program, [.. Enum.GetValues<ClaimProgram>().Select(p => new InputChoice(ClaimNames.Program(p, culture), p.ToString()))])
            {
                Label = text[nameof(Strings.FieldProgram)], IsRequired = true, ErrorMessage = required, Style = ChoiceInputStyle.Compact, Value = v.Program,
            },
            errors.GetValueOrDefault(ClaimFields.Program)));
        body.AddRange(CardForms.Field(
            new InputChoiceSet(ClaimFields.ActivityType, [.. Enum.GetValues<ActivityType>().Select(t => new InputChoice(ClaimTexts.For(t, culture), t.ToString()))])
            {
                Label = text[nameof(Strings.FieldActivityType)], IsRequired = true, ErrorMessage = required, Style = ChoiceInputStyle.Compact, Value = v.ActivityType,
                Placeholder = text[nameof(Strings.FieldActivityTypePlaceholder)],
            },
            errors.GetValueOrDefault(ClaimFields.ActivityType)));
        body.AddRange(CardForms.Field(
            new InputText(ClaimFields.Title)
            {
                Label = text[nameof(Strings.FieldTitle)], IsRequired = true, ErrorMessage = required, MaxLength = 200, Value = v.Title,
                Placeholder = text[nameof(Strings.FieldTitlePlaceholder)],
            },
            errors.GetValueOrDefault(ClaimFields.Title)));
        body.AddRange(CardForms.Field(
            new InputDate(ClaimFields.UsageStart) { Label = text[nameof(Strings.FieldUsageStart)], IsRequired = true, ErrorMessage = required, Value = v.UsageStart },
            errors.GetValueOrDefault(ClaimFields.UsageStart)));
        body.AddRange(CardForms.Field(
            new InputDate(ClaimFields.UsageEnd) { Label = text[nameof(Strings.FieldUsageEnd)], IsRequired = true, ErrorMessage = required, Value = v.UsageEnd },
            errors.GetValueOrDefault(ClaimFields.UsageEnd)));
        body.AddRange(CardForms.Field(
            new InputDate(ClaimFields.ActivityDate) { Label = text[nameof(Strings.FieldActivityDate)], IsRequired = true, ErrorMessage = required, Value = v.ActivityDate },
            errors.GetValueOrDefault(ClaimFields.ActivityDate)));
        body.AddRange(CardForms.Field(
            new InputNumber(ClaimFields.Amount) { Label = text[nameof(Strings.FieldAmount)], IsRequired = true, ErrorMessage = required, Min = 0, Value = ParseAmount(v.Amount) },
            errors.GetValueOrDefault(ClaimFields.Amount)));
        body.AddRange(CardForms.Field(
            new InputText(ClaimFields.Currency)
            {
                Label = text[nameof(Strings.FieldCurrency)], IsRequired = true, ErrorMessage = required, MaxLength = 3, Value = v.Currency, Placeholder = "USD",
            },
            errors.GetValueOrDefault(ClaimFields.Currency)));
        // The cost basis (FACTS A): two explicit yes/no questions with no default; at least one must be yes.
        body.AddRange(CardForms.Field(YesNo(ClaimFormValues.VendorsUsedField, text[nameof(Strings.FieldVendorsUsed)], v.VendorsUsed, text, required),
            errors.GetValueOrDefault(ClaimFormValues.VendorsUsedField)));
        body.AddRange(CardForms.Field(YesNo(ClaimFormValues.InHouseWorkField, text[nameof(Strings.FieldInHouseWork)], v.InHouseWork, text, required),
            errors.GetValueOrDefault(ClaimFormValues.InHouseWorkField)));

        var data = new JsonObject { [FormIdKey] = form.FormId };
        CardAction submit = form.Mode == ClaimFormMode.New || form.ClaimId is null
            ? CardActions.Execute(text[nameof(Strings.ActionCreateClaim)], CardVerbs.ClaimCreate, data)
            : CardActions.ExecuteForClaim(text[nameof(Strings.ActionSaveClaim)], CardVerbs.ClaimUpdate, form.ClaimId.Value, form.ClaimVersion ?? 0, data);
        var cancelData = new JsonObject { [FormIdKey] = form.FormId };
        var cancel = form.ClaimId is { } claimId
            ? CardActions.ExecuteForClaim(text[nameof(Strings.ActionCancel)], CardVerbs.ClaimCancel, claimId, form.ClaimVersion ?? 0, cancelData)
            : CardActions.Execute(text[nameof(Strings.ActionCancel)], CardVerbs.ClaimCancel, cancelData);
        return CardScaffold.Card(culture, body, [submit, cancel with { AssociatedInputs = AssociatedInputs.None }]);
    }

    private static readonly HashSet<string> FieldIds =
    [
        ClaimFields.Program, ClaimFields.ActivityType, ClaimFields.Title, ClaimFields.UsageStart, ClaimFields.UsageEnd,
        ClaimFields.ActivityDate, ClaimFields.Amount, ClaimFields.Currency, ClaimFormValues.VendorsUsedField, ClaimFormValues.InHouseWorkField,
    ];

    private static InputChoiceSet YesNo(string id, string label, string? value, BotText text, string required) =>
        new(id, [new InputChoice(text[nameof(Strings.Yes)], "true"), new InputChoice(text[nameof(Strings.No)], "false")])
        {
            Label = label, IsRequired = true, ErrorMessage = required, Style = ChoiceInputStyle.Expanded, Value = value,
        };

    private static decimal? ParseAmount(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null;
}
