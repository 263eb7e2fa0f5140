using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.NewClaim;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.Outcomes;

/// <summary>
/// Records what Partner Center said about a claim, by the owner or an administrator: from the claim card's buttons (a form with
/// the date and the amount or reason, then <c>step: record</c>), or typed: "approved &lt;claim&gt; 1200.50", "rejected &lt;claim&gt;:
/// &lt;reason&gt;", "dispute filed &lt;claim&gt;", "paid &lt;claim&gt; 1200.50" (and "aprovada", "rejeitada", "contestação registrada", "paga").
/// Typed without the amount or the reason, it answers with the form, filled in with what it knows.
/// </summary>
public abstract class RecordOutcomeCommand(ClaimCommands support, ClaimStatus status) : ClaimCommand(support)
{
    public override string Verb => OutcomeCard.VerbFor(status);

    public abstract override IReadOnlyList<string> Phrases { get; }

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var culture = context.Culture;
        var typed = context.FromCardAction ? null : TypedOutcome.Read(context.Turn.Activity.Text, context.Argument, culture);
        var lookup = await Commands.FindAsync(typed is null ? context : context with { Argument = typed.ClaimText }, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        var today = InputDate.Format(turn.Today);
        string? on, amountText, reason;
        if (context.FromCardAction)
        {
            if (CardData.Text(context.Data, OutcomeCard.StepKey) != OutcomeCard.RecordStep)
            {
                return lookup.IsStale ? Commands.ClaimCard(culture, turn, claim, ClaimCommands.StaleNote(culture)) : Form(claim, today, null, null);
            }

            (on, amountText, reason) = (CardData.Text(context.Data, OutcomeFields.On), CardData.Text(context.Data, OutcomeFields.Amount), CardData.Text(context.Data, OutcomeFields.Reason));
        }
        else
        {
            (on, amountText, reason) = (today, typed?.Amount is { } a ? OutcomeCard.Amount(a) : null, typed?.Reason);
            var complete = status switch
            {
                ClaimStatus.Approved or ClaimStatus.Paid => amountText is not null,
                ClaimStatus.Rejected => !string.IsNullOrWhiteSpace(reason),
                _ => true,
            };
            if (!complete)
            {
                return Form(claim, today, amountText, reason);
            }
        }

        var text = BotText.For(culture);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var date = CardData.Date(on);
        if (date is null)
        {
            errors[OutcomeFields.On] = text[string.IsNullOrWhiteSpace(on) ? nameof(Strings.FormErrorRequired) : nameof(Strings.FormErrorDate)];
        }

        var amount = OutcomeCard.ParseAmount(amountText, culture);
        if (status is ClaimStatus.Approved or ClaimStatus.Paid && amount is null)
        {
            errors[OutcomeFields.Amount] = string.IsNullOrWhiteSpace(amountText) ? text[nameof(Strings.FormErrorRequired)] : ClaimTexts.For(ClaimErrorCode.OutcomeAmountRequired, culture);
        }

        // The same form pressed again after it was recorded: show the claim as it is.
        if (claim.Status == status && lookup.IsStale)
        {
            return Commands.ClaimCard(culture, turn, claim, new CardNote(text.Format(nameof(Strings.OutcomeRecordedNote), ClaimTexts.For(status, culture)), TextColor.Good));
        }

        if (errors.Count > 0)
        {
            return OutcomeCard.Create(culture, claim, status, on, amountText, reason, errors);
        }

        using var gate = await Commands.Locks.AcquireAsync(turn.ConversationId, context.CancellationToken);
        var result = await Commands.Claims.RecordOutcomeAsync(
            turn.Caller, claim.Id, claim.Version, new PartnerCenterOutcome(status, date!.Value, amount, reason), turn.TimeZone, context.CancellationToken);
        switch (result.Outcome)
        {
            case ClaimOutcome.Ok:
                return Commands.ClaimCard(culture, turn, result.Value!, new CardNote(text.Format(nameof(Strings.OutcomeRecordedNote), ClaimTexts.For(status, culture)), TextColor.Good));
            case ClaimOutcome.Invalid:
                return OutcomeCard.Create(culture, claim, status, on, amountText, reason, ClaimFormParser.Localize(result.Errors, culture));
            case ClaimOutcome.NotFound or ClaimOutcome.Forbidden:
                return NoticeCard.NotFound(culture);
            case ClaimOutcome.Conflict:
                var current = await Commands.Claims.GetAsync(turn.Caller, claim.Id, context.CancellationToken);
                return current is { IsOk: true, Value: { } now }
                    ? Commands.ClaimCard(culture, turn, now, ClaimCommands.StaleNote(culture))
                    : NoticeCard.NotFound(culture);
            default:
                return Commands.ClaimCard(culture, turn, claim, Refusal(culture, result));
        }

        AdaptiveCard Form(ClaimView view, string date, string? amountValue, string? reasonValue)
        {
            if (!ClaimLifecycle.AllowedTargets(view.Status).Contains(status))
            {
                return Commands.ClaimCard(culture, turn, view, Refusal(culture, ClaimResult.Refused<ClaimView>(new TransitionError(view.Status, status, ClaimErrorCode.IllegalTransition, []))));
            }

            var suggested = amountValue ?? status switch
            {
                ClaimStatus.Approved => OutcomeCard.Amount(view.Amount),
                ClaimStatus.Paid => OutcomeCard.Amount(view.ApprovedAmount ?? view.Amount),
                _ => null,
            };
            return OutcomeCard.Create(culture, view, status, date, suggested, reasonValue);
        }
    }

    /// <summary>Why an outcome was refused: for an illegal transition, the two statuses by name.</summary>
    public static CardNote Refusal(CultureInfo culture, ClaimResult<ClaimView> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Transition is { Code: ClaimErrorCode.IllegalTransition } transition)
        {
            return new CardNote(
                BotText.For(culture).Format(nameof(Strings.OutcomeIllegal), ClaimTexts.For(transition.From, culture), ClaimTexts.For(transition.To, culture)),
                TextColor.Attention);
        }

        return new CardNote(ClaimTexts.For(result.Code ?? ClaimErrorCode.IllegalTransition, culture), TextColor.Attention);
    }
}

public sealed class ApprovedCommand(ClaimCommands Commands) : RecordOutcomeCommand(Commands, ClaimStatus.Approved)
{
    public override IReadOnlyList<string> Phrases { get; } = ["approved", "claim approved", "aprovada", "reivindicacao aprovada"];
}

public sealed class RejectedCommand(ClaimCommands Commands) : RecordOutcomeCommand(Commands, ClaimStatus.Rejected)
{
    public override IReadOnlyList<string> Phrases { get; } = ["rejected", "claim rejected", "rejeitada", "reivindicacao rejeitada"];
}

public sealed class DisputeFiledCommand(ClaimCommands Commands) : RecordOutcomeCommand(Commands, ClaimStatus.Disputed)
{
    public override IReadOnlyList<string> Phrases { get; } = ["dispute filed", "disputed", "contestacao registrada", "contestada"];
}

public sealed class PaidCommand(ClaimCommands Commands) : RecordOutcomeCommand(Commands, ClaimStatus.Paid)
{
    public override IReadOnlyList<string> Phrases { get; } = ["paid", "claim paid", "paga", "reivindicacao paga"];
}
