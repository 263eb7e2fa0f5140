using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Bot.Conversation.Funds;

/// <summary>"Record a co-op fund": program, location (optional), usage period, amount and currency.</summary>
public static class FundFormCard
{
    public const string StepKey = "step";
    public const string RecordStep = "record";

    public static AdaptiveCard Create(CultureInfo culture, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = BotText.For(culture);
        var required = text[nameof(Strings.FormErrorRequired)];
        errors ??= new Dictionary<string, string>();
        var body = new List<CardElement> { CardScaffold.Title(text[nameof(Strings.FundFormTitle)]) };
        body.AddRange(CardForms.Field(
            new InputChoiceSet(FundFields.Program, [.. Enum.GetValues<ClaimProgram>().Select(p => new InputChoice(ClaimNames.Program(p, culture), p.ToString()))])
            {
                Label = text[nameof(Strings.FieldProgram)], IsRequired = true, ErrorMessage = required, Value = values.GetValueOrDefault(FundFields.Program) ?? nameof(ClaimProgram.PartnerCoop),
            },
            errors.GetValueOrDefault(FundFields.Program)));
        body.AddRange(CardForms.Field(new InputText(FundFields.Location) { Label = text[nameof(Strings.FieldFundLocation)], MaxLength = FundValidator.LocationMaxLength, Value = values.GetValueOrDefault(FundFields.Location) }, errors.GetValueOrDefault(FundFields.Location)));
        body.AddRange(CardForms.Field(new InputDate(FundFields.UsageStart) { Label = text[nameof(Strings.FieldFundStart)], IsRequired = true, ErrorMessage = required, Value = values.GetValueOrDefault(FundFields.UsageStart) }, errors.GetValueOrDefault(FundFields.UsageStart)));
        body.AddRange(CardForms.Field(new InputDate(FundFields.UsageEnd) { Label = text[nameof(Strings.FieldFundEnd)], IsRequired = true, ErrorMessage = required, Value = values.GetValueOrDefault(FundFields.UsageEnd) }, errors.GetValueOrDefault(FundFields.UsageEnd)));
        body.AddRange(CardForms.Field(new InputText(FundFields.Amount) { Label = text[nameof(Strings.FieldFundAmount)], IsRequired = true, ErrorMessage = required, Value = values.GetValueOrDefault(FundFields.Amount) }, errors.GetValueOrDefault(FundFields.Amount)));
        body.AddRange(CardForms.Field(new InputText(FundFields.Currency) { Label = text[nameof(Strings.FieldFundCurrency)], IsRequired = true, ErrorMessage = required, MaxLength = 3, Value = values.GetValueOrDefault(FundFields.Currency) ?? "USD" }, errors.GetValueOrDefault(FundFields.Currency)));
        return CardScaffold.Card(culture, body,
        [
            CardActions.Execute(text[nameof(Strings.ActionRecordFund)], CardVerbs.FundsRecord, new JsonObject { [StepKey] = RecordStep }),
            CardActions.Execute(text[nameof(Strings.ActionFunds)], CardVerbs.FundsList) with { AssociatedInputs = AssociatedInputs.None },
        ]);
    }
}
