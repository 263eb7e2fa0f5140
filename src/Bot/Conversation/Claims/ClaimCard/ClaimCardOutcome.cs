using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.ClaimCard;

/// <summary>The claim card's lines about Partner Center's outcome: the recorded facts (approved, rejected, disputed, paid) and
/// what to do about a rejection or a late payment.</summary>
internal static class ClaimCardOutcome
{
    /// <summary>What Partner Center said, as recorded: the approved amount (partial: of how much), the rejection reason, the
    /// dispute date, the payment.</summary>
    public static IEnumerable<Fact> Facts(CultureInfo culture, ClaimView claim)
    {
        var text = BotText.For(culture);
        if (claim.ApprovedAmount is { } approved && claim.ApprovedOn is { } approvedOn)
        {
            var value = approved < claim.Amount
                ? text.Format(nameof(Strings.FactPartialApproval), Money(approved), Money(claim.Amount), Money(claim.Amount - approved))
                : Money(approved);
            yield return new Fact(text[nameof(Strings.FactApproved)], value + " · " + CardFormat.Date(approvedOn, culture));
        }

        if (claim.RejectionReason is { } reason && claim.RejectedOn is { } rejectedOn)
        {
            yield return new Fact(text[nameof(Strings.FactRejectionReason)], CardText.EscapeTruncated(reason, 500) + " · " + CardFormat.Date(rejectedOn, culture));
        }

        if (claim.DisputedOn is { } disputedOn)
        {
            yield return new Fact(text[nameof(Strings.FactDisputed)], CardFormat.Date(disputedOn, culture));
        }

        if (claim.PaidAmount is { } paid && claim.PaidOn is { } paidOn)
        {
            yield return new Fact(text[nameof(Strings.FactPaid)], Money(paid) + " · " + CardFormat.Date(paidOn, culture));
        }

        string Money(decimal amount) => CardFormat.Amount(amount, claim.Currency, culture);
    }

    /// <summary>A rejected claim: what a dispute needs. An approved claim paid late: the payment threshold and the bank and tax profiles.</summary>
    public static IEnumerable<TextBlock> Explanations(CultureInfo culture, ClaimTurn turn, ClaimView claim)
    {
        var text = BotText.For(culture);
        if (claim.Status == ClaimStatus.Rejected && claim.RejectionReason is { } reason)
        {
            yield return new TextBlock(text.Format(nameof(Strings.RejectedExplanation), CardText.EscapeTruncated(reason, 500))) { Wrap = true, Color = TextColor.Attention };
        }

        if (PaymentRules.IsLate(claim.Status, claim.ApprovedOn, turn.Today))
        {
            yield return new TextBlock(text.Format(nameof(Strings.PaymentLateExplanation), CardFormat.Date(claim.ApprovedOn!.Value, culture))) { Wrap = true, Color = TextColor.Warning };
        }
    }
}
