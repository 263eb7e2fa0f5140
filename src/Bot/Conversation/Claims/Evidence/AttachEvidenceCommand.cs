using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.Evidence;

/// <summary>
/// "attach evidence &lt;claim&gt;" / "anexar evidência …" or the button: the kind is chosen here and remembered in the
/// conversation state (<see cref="PendingEvidence"/>); the file itself is taken by the evidence conversation. With Microsoft 365
/// connected the card also offers to search OneDrive and SharePoint.
/// </summary>
public sealed class AttachEvidenceCommand(ClaimCommands support, IConfiguration configuration) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.EvidenceAttach;

    private bool OfferSearch => CoopAssistant.Graph.ServiceCollectionExtensions.IsGraphConfigured(configuration);

    public override IReadOnlyList<string> Phrases { get; } = ["attach evidence", "add evidence", "attach", "anexar evidencia", "anexar comprovante", "anexar"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var culture = context.Culture;
        var lookup = await Commands.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        if (Commands.RefuseUnlessEditable(culture, turn, claim) is { } refusal)
        {
            return refusal;
        }

        if (CardData.Text(context.Data, AttachEvidenceCard.StepKey) != AttachEvidenceCard.ChooseStep)
        {
            return AttachEvidenceCard.Create(culture, claim, null, offerSearch: OfferSearch);
        }

        var chosen = CardData.Text(context.Data, AttachEvidenceCard.KindInput);
        if (!Enum.TryParse<EvidenceKind>(chosen, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(chosen, out _))
        {
            return AttachEvidenceCard.Create(culture, claim, null, ClaimTexts.For(ClaimErrorCode.EvidenceKindUnknown, culture), OfferSearch);
        }

        await Commands.State.UpdateAsync(turn.ConversationId, s => s with { PendingEvidence = new PendingEvidence(claim.Id, kind) }, context.CancellationToken);
        return AttachEvidenceCard.Create(culture, claim, kind, offerSearch: OfferSearch);
    }
}
