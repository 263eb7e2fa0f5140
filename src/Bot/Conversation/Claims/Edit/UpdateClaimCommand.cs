using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
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
public sealed class UpdateClaimCommand(ClaimCommandSupport support, IOptions<ClaimsOptions> claimsOptions) : IBotCommand
{
    public string Verb => CardVerbs.ClaimUpdate;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var culture = context.Culture;
        var text = BotText.For(culture);
        if (ClaimReference.FromData(context.Data) is not { Version: { } version } reference)
        {
            return NoticeCard.NotFound(culture);
        }

        using var gate = await support.Locks.AcquireAsync(turn.ConversationId, context.CancellationToken);
        var values = ClaimFormValues.FromData(context.Data);
        var formId = CardData.Text(context.Data, ClaimFormCard.FormIdKey) ?? Guid.NewGuid().ToString("N");
        var form = new ClaimFormState(ClaimFormMode.Edit, formId, reference.ClaimId, version, values);
        var (draft, errors) = ClaimFormParser.Parse(values, culture, claimsOptions.Value);
        if (draft is null)
        {
            var exists = await support.Claims.GetAsync(turn.Caller, reference.ClaimId, context.CancellationToken);
            if (!exists.IsOk)
            {
                return NoticeCard.NotFound(culture);
            }

            await support.State.UpdateAsync(turn.ConversationId, s => s with { Form = form }, context.CancellationToken);
            return ClaimFormCard.Create(culture, form, errors);
        }

        var result = await support.Claims.UpdateAsync(turn.Caller, reference.ClaimId, version, draft, context.CancellationToken);
        switch (result.Outcome)
        {
            case ClaimOutcome.Ok:
                await support.State.UpdateAsync(turn.ConversationId, s => s with { Form = null }, context.CancellationToken);
                return support.ClaimCard(culture, turn, result.Value!, new CardNote(text[nameof(Strings.ClaimUpdatedNote)], TextColor.Good));
            case ClaimOutcome.Invalid:
                await support.State.UpdateAsync(turn.ConversationId, s => s with { Form = form }, context.CancellationToken);
                return ClaimFormCard.Create(culture, form, ClaimFormParser.Localize(result.Errors, culture));
            case ClaimOutcome.NotFound or ClaimOutcome.Forbidden:
                return NoticeCard.NotFound(culture);
            default:
                break;
        }

        var current = await support.Claims.GetAsync(turn.Caller, reference.ClaimId, context.CancellationToken);
        if (current is not { IsOk: true, Value: { } claim })
        {
            return NoticeCard.NotFound(culture);
        }

        if (result.Outcome == ClaimOutcome.Conflict)
        {
            // The same form saved a moment ago (double click): the claim already holds these values.
            return Matches(claim, draft)
                ? support.ClaimCard(culture, turn, claim, new CardNote(text[nameof(Strings.ClaimUpdatedNote)], TextColor.Good))
                : support.ClaimCard(culture, turn, claim, ClaimCommandSupport.StaleNote(culture));
        }

        return support.ClaimCard(culture, turn, claim, new CardNote(ClaimTexts.For(result.Code ?? ClaimErrorCode.ClaimNotEditable, culture), TextColor.Attention));
    }

    private static bool Matches(ClaimView claim, ClaimDraft draft) =>
        claim.Program == draft.Program && claim.ActivityType == draft.ActivityType && claim.Title == draft.Title.Trim()
        && claim.UsageStart == draft.UsageStart && claim.UsageEnd == draft.UsageEnd && claim.ActivityDate == draft.ActivityDate
        && claim.Amount == draft.Amount && string.Equals(claim.Currency, draft.Currency, StringComparison.OrdinalIgnoreCase)
        && claim.VendorsUsed == draft.VendorsUsed && claim.InHouseWork == draft.InHouseWork;
}
