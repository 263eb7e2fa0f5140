using System.Globalization;
using System.Text.Json;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.NewClaim;

/// <summary>The claim form's values as the client submits them (strings), so a form sent back with errors keeps them exactly.</summary>
public sealed record ClaimFormValues(
    string? Program,
    string? ActivityType,
    string? Title,
    string? UsageStart,
    string? UsageEnd,
    string? ActivityDate,
    string? Amount,
    string? Currency,
    string? VendorsUsed,
    string? InHouseWork)
{
    public const string VendorsUsedField = "vendorsUsed";
    public const string InHouseWorkField = "inHouseWork";

    /// <summary>A blank form: partner co-op, the culture's currency; the cost-basis questions (vendors, in-house work) unanswered.</summary>
    public static ClaimFormValues Blank(CultureInfo culture) => new(
        nameof(ClaimProgram.PartnerCoop), null, null, null, null, null, null,
        new RegionInfo(culture.Name).ISOCurrencySymbol, null, null);

    public static ClaimFormValues FromData(JsonElement? data) => new(
        CardData.Text(data, ClaimFields.Program),
        CardData.Text(data, ClaimFields.ActivityType),
        CardData.Text(data, ClaimFields.Title),
        CardData.Text(data, ClaimFields.UsageStart),
        CardData.Text(data, ClaimFields.UsageEnd),
        CardData.Text(data, ClaimFields.ActivityDate),
        CardData.Text(data, ClaimFields.Amount),
        CardData.Text(data, ClaimFields.Currency),
        CardData.Text(data, VendorsUsedField),
        CardData.Text(data, InHouseWorkField));

    public static ClaimFormValues FromClaim(ClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(
            claim.Program.ToString(),
            claim.ActivityType.ToString(),
            claim.Title,
            InputDate.Format(claim.UsageStart),
            InputDate.Format(claim.UsageEnd),
            InputDate.Format(claim.ActivityDate),
            claim.Amount.ToString(CultureInfo.InvariantCulture),
            claim.Currency,
            claim.VendorsUsed ? "true" : "false",
            claim.InHouseWork ? "true" : "false");
    }
}
