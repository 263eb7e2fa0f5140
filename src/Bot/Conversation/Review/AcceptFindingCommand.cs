using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Findings;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Review;

/// <summary>
/// "Accept a finding" on the claim card (<c>review.accept</c>): first the form (the open findings this person may accept, and
/// a reason), then the acceptance recorded with who, when and why (<see cref="IClaimReviewStore.AcceptAsync"/> checks who may
/// accept what) and the claim card with the finding shown as accepted.
/// </summary>
public sealed class AcceptFindingCommand(ClaimCommands support, IClaimReviewStore reviews) : IBotCommand
{
    public string Verb => CardVerbs.ReviewAccept;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(culture);
        }

        var lookup = await support.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        if (support.RefuseUnlessEditable(culture, turn, claim) is { } refused)
        {
            return refused;
        }

        var acceptable = claim.Review?.Acceptable(turn.Caller.IsIncentivesAdministrator).ToList() ?? [];
        if (!CardData.Has(context.Data, ReviewCards.ReasonInput) && !CardData.Has(context.Data, ReviewCards.FindingInput))
        {
            return ReviewCards.AcceptForm(culture, claim, acceptable);
        }

        var chosen = acceptable.FirstOrDefault(f => string.Equals(ReviewCards.FindingKey(f), CardData.Text(context.Data, ReviewCards.FindingInput), StringComparison.Ordinal));
        if (chosen is null)
        {
            return support.ClaimCard(culture, turn, claim, new CardNote(ClaimTexts.For(ClaimErrorCode.FindingNotFound, culture), TextColor.Attention));
        }

        var result = await reviews.AcceptAsync(turn.Caller, claim.Id, chosen.Code, chosen.DocumentId, CardData.Text(context.Data, ReviewCards.ReasonInput), context.CancellationToken);
        var text = BotText.For(culture);
        return result.Outcome switch
        {
            ClaimOutcome.Ok => support.ClaimCard(culture, turn, result.Value!, new CardNote(text[nameof(Strings.ReviewAccepted)], TextColor.Good)),
            ClaimOutcome.Invalid => ReviewCards.AcceptForm(culture, claim, acceptable, ClaimTexts.For(ClaimErrorCode.ReasonRequired, culture)),
            ClaimOutcome.NotFound or ClaimOutcome.Forbidden => NoticeCard.NotFound(culture),
            _ => support.ClaimCard(culture, turn, claim, new CardNote(ClaimTexts.For(result.Code ?? ClaimErrorCode.Conflict, culture), TextColor.Attention)),
        };
    }
}
