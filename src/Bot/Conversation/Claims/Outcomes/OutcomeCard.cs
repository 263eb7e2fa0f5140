using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.Outcomes;

/// <summary>"What Partner Center said": the date, and the approved or paid amount, or the rejection reason, for one outcome.</summary>
public static class OutcomeCard
{
    public const string StepKey = "step";
    public const string RecordStep = "record";

    public static string VerbFor(ClaimStatus status) => status switch
    {
        ClaimStatus.Approved => CardVerbs.ClaimApproved,
        ClaimStatus.Rejected => CardVerbs.ClaimRejected,
        ClaimStatus.Disputed => CardVerbs.ClaimDisputed,
        _ => CardVerbs.ClaimPaid,
    };

    public static string ButtonKey(ClaimStatus status) => status switch
    {
        ClaimStatus.Approved => nameof(Strings.ActionApproved),
        ClaimStatus.Rejected => nameof(Strings.ActionRejected),
        ClaimStatus.Disputed => nameof(Strings.ActionDisputeFiled),
        _ => nameof(Strings.ActionPaid),
    };

    public static AdaptiveCard Create(
        CultureInfo culture, ClaimView claim, ClaimStatus status, string? on, string? amount, string? reason, IReadOnlyDictionary<string, string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = BotText.For(culture);
        var required = text[nameof(Strings.FormErrorRequired)];
        errors ??= new Dictionary<string, string>();
        var (titleKey, introKey) = status switch
        {
            ClaimStatus.Approved => (nameof(Strings.OutcomeTitle_Approved), nameof(Strings.OutcomeIntro_Approved)),
            ClaimStatus.Rejected => (nameof(Strings.OutcomeTitle_Rejected), nameof(Strings.OutcomeIntro_Rejected)),
            ClaimStatus.Disputed => (nameof(Strings.OutcomeTitle_Disputed), nameof(Strings.OutcomeIntro_Disputed)),
            _ => (nameof(Strings.OutcomeTitle_Paid), nameof(Strings.OutcomeIntro_Paid)),
        };
        var body = new List<CardElement>
        {
            CardScaffold.Title(text.Format(titleKey, CardText.Escape(claim.Title))),
            CardScaffold.Paragraph(text[introKey]),
        };
        body.AddRange(CardForms.Field(
            new InputDate(OutcomeFields.On) { Label = text[nameof(Strings.FieldOutcomeDate)], IsRequired = true, ErrorMessage = required, Value = on },
            errors.GetValueOrDefault(OutcomeFields.On)));
        if (status is ClaimStatus.Approved or ClaimStatus.Paid)
        {
            body.AddRange(CardForms.Field(
                new InputText(OutcomeFields.Amount) { Label = text.Format(nameof(Strings.FieldOutcomeAmount), claim.Currency), IsRequired = true, ErrorMessage = required, Value = amount },
                errors.GetValueOrDefault(OutcomeFields.Amount)));
        }

        if (status == ClaimStatus.Rejected)
        {
            body.AddRange(CardForms.Field(
                new InputText(OutcomeFields.Reason)
                {
                    Label = text[nameof(Strings.FieldRejectionReason)], IsRequired = true, ErrorMessage = required, IsMultiline = true, MaxLength = 4000, Value = reason,
                },
                errors.GetValueOrDefault(OutcomeFields.Reason)));
        }

        return CardScaffold.Card(
            culture,
            body,
            [
                CardActions.ExecuteForClaim(text[nameof(Strings.ActionRecordOutcome)], VerbFor(status), claim.Id, claim.Version, new JsonObject { [StepKey] = RecordStep }),
                CardActions.ExecuteForClaim(text[nameof(Strings.ActionBackToClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version) with { AssociatedInputs = AssociatedInputs.None },
            ]);
    }

    /// <summary>The amount as typed in the card (invariant or the culture's), null when it is not a number.</summary>
    public static decimal? ParseAmount(string? value, CultureInfo culture)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 32)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var invariant) ? invariant
            : decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, culture, out var local) ? local
            : null;
    }

    public static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
