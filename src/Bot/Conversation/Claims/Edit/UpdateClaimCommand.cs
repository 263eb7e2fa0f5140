using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.NewClaim;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Conversation.Claims.Edit;

/// <summary>
/// The edit form's submit (<c>claim.update</c>): errors → the form again with the values kept; a claim changed since the
/// form was opened → the current card and a note, nothing changed; saved → the claim card. A second click on the same
/// form after it was saved shows the saved claim.
/// </summary>
public sealed class UpdateClaimCommand(ClaimCommands support, IOptions<ClaimsOptions> claimsOptions) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimUpdate;

    public override IReadOnlyList<string> Phrases { get; } = [];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var culture = context.Culture;
        var text = BotText.For(culture);
        if (ClaimReference.FromData(context.Data) is not { Version: { } version } reference)
        {
            return NoticeCard.NotFound(culture);
        }

        using var gate = await Commands.Locks.AcquireAsync(turn.ConversationId, context.CancellationToken);
        var values = ClaimFormValues.FromData(context.Data);
        var formId = CardData.Text(context.Data, ClaimFormCard.FormIdKey) ?? Guid.NewGuid().ToString("N");
        var form = new ClaimFormState(ClaimFormMode.Edit, formId, reference.ClaimId, version, values);
        var (draft, errors) = ClaimFormParser.Parse(values, culture, claimsOptions.Value);
        if (draft is null)
        {
            var exists = await Commands.Claims.GetAsync(turn.Caller, reference.ClaimId, context.CancellationToken);
            if (!exists.IsOk)
            {
                return NoticeCard.NotFound(culture);
            }

            await Commands.State.UpdateAsync(turn.ConversationId, s => s with { Form = form }, context.CancellationToken);
            return ClaimFormCard.Create(culture, form, errors);
        }

        var result = await Commands.Claims.UpdateAsync(turn.Caller, reference.ClaimId, version, draft, context.CancellationToken);
        switch (result.Outcome)
        {
            case ClaimOutcome.Ok:
                await Commands.State.UpdateAsync(turn.ConversationId, s => s with { Form = null }, context.CancellationToken);
                return Commands.ClaimCard(culture, turn, result.Value!, new CardNote(text[nameof(Strings.ClaimUpdatedNote)], TextColor.Good));
            case ClaimOutcome.Invalid:
                await Commands.State.UpdateAsync(turn.ConversationId, s => s with { Form = form }, context.CancellationToken);
                return ClaimFormCard.Create(culture, form, ClaimFormParser.Localize(result.Errors, culture));
            case ClaimOutcome.NotFound or ClaimOutcome.Forbidden:
                return NoticeCard.NotFound(culture);
            default:
                break;
        }

        var current = await Commands.Claims.GetAsync(turn.Caller, reference.ClaimId, context.CancellationToken);
        if (current is not { IsOk: true, Value: { } claim })
        {
            return NoticeCard.NotFound(culture);
        }

        if (result.Outcome == ClaimOutcome.Conflict)
        {
            // The same form saved a moment ago (double click): the claim already holds these values.
            return Matches(claim, draft)
                ? Commands.ClaimCard(culture, turn, claim, new CardNote(text[nameof(Strings.ClaimUpdatedNote)], TextColor.Good))
                : Commands.ClaimCard(culture, turn, claim, ClaimCommands.StaleNote(culture));
        }

        return Commands.ClaimCard(culture, turn, claim, new CardNote(ClaimTexts.For(result.Code ?? ClaimErrorCode.ClaimNotEditable, culture), TextColor.Attention));
    }

    private static bool Matches(ClaimView claim, ClaimDraft draft) =>
        claim.Program == draft.Program && claim.ActivityType == draft.ActivityType && claim.Title == draft.Title.Trim()
        && claim.UsageStart == draft.UsageStart && claim.UsageEnd == draft.UsageEnd && claim.ActivityDate == draft.ActivityDate
        && claim.Amount == draft.Amount && string.Equals(claim.Currency, draft.Currency, StringComparison.OrdinalIgnoreCase)
        && claim.VendorsUsed == draft.VendorsUsed && claim.InHouseWork == draft.InHouseWork;
}
