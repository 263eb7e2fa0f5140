using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.Evidence;

/// <summary>
/// "remove evidence &lt;claim&gt;" / "remover evidência …" or the claim card's button: the claim's evidence with "Remove" per item, a
/// confirmation, then <see cref="IClaimService.RemoveEvidenceAsync"/> (its history entry says what was removed, by whom). Only for
/// whoever may change the claim (its owner or an Incentives administrator: the access policy) and while it can be edited; a stale
/// card (the claim changed since) is refused by the claim's version.
/// </summary>
public sealed class RemoveEvidenceCommand(ClaimCommands support) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.EvidenceRemove;

    public override IReadOnlyList<string> Phrases { get; } = ["remove evidence", "evidence list", "remover evidencia", "remover evidencias", "lista de evidencias"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var lookup = await Commands.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        var culture = context.Culture;
        var editable = ClaimLifecycle.IsEditable(claim.Status);
        var evidenceId = Guid.TryParse(CardData.Text(context.Data, RemoveEvidenceCard.EvidenceKey), out var id) ? id : (Guid?)null;
        var item = evidenceId is { } wanted ? claim.Evidence.FirstOrDefault(e => e.Id == wanted) : null;
        if (item is null || !editable)
        {
            return RemoveEvidenceCard.List(culture, claim, editable, turn.TimeZone);
        }

        if (CardData.Text(context.Data, RemoveEvidenceCard.StepKey) != RemoveEvidenceCard.ConfirmStep)
        {
            return RemoveEvidenceCard.Confirm(culture, claim, item, turn.TimeZone);
        }

        var version = ClaimReference.FromData(context.Data)?.Version ?? ClaimReference.UnreadableVersion;
        var result = await Commands.Claims.RemoveEvidenceAsync(turn.Caller, claim.Id, version, item.Id, context.CancellationToken);
        var text = BotText.For(culture);
        return result switch
        {
            { IsOk: true, Value: { } changed } => Commands.ClaimCard(
                culture, turn, changed, new CardNote(text.Format(nameof(Strings.EvidenceRemoved), RemoveEvidenceCard.Line(culture, item, turn.TimeZone)), TextColor.Good)),
            { Outcome: ClaimOutcome.Conflict } => Commands.ClaimCard(culture, turn, claim, new CardNote(ClaimTexts.For(ClaimErrorCode.Conflict, culture), TextColor.Attention)),
            { Outcome: ClaimOutcome.NotFound or ClaimOutcome.Forbidden } => NoticeCard.NotFound(culture),
            _ => Commands.ClaimCard(culture, turn, claim, new CardNote(ClaimTexts.For(result.Code ?? ClaimErrorCode.Conflict, culture), TextColor.Attention)),
        };
    }
}
