using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Claims.Evidence;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// The button of <see cref="ChatFileCards.Choose"/>: the chosen claim and kind are remembered (<see cref="PendingEvidence"/>,
/// so later files go there too) and the files carried in the card data are kept; the answer is the claim card.
/// </summary>
public sealed class StoreChatFilesCommand(ClaimCommandSupport support, ChatFileIntake intake) : IBotCommand
{
    public string Verb => ChatFileCards.StoreVerb;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var culture = context.Culture;
        var files = ChatFileAttachments.FromData(context.Data);
        var claims = await intake.EditableClaimsAsync(turn, context.CancellationToken);
        var claim = Guid.TryParse(CardData.Text(context.Data, ChatFileCards.ClaimInput), out var claimId)
            ? await intake.EditableClaimAsync(turn, claimId, context.CancellationToken)
            : null;
        if (files.Count == 0 || claim is null)
        {
            return ChatFileCards.Choose(culture, files, claims, ClaimTexts.For(ClaimErrorCode.NotFound, culture));
        }

        var chosen = CardData.Text(context.Data, AttachEvidenceCard.KindInput);
        if (!Enum.TryParse<EvidenceKind>(chosen, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(chosen, out _))
        {
            return ChatFileCards.Choose(culture, files, claims, ClaimTexts.For(ClaimErrorCode.EvidenceKindUnknown, culture));
        }

        await support.State.UpdateAsync(turn.ConversationId, s => s with { PendingEvidence = new PendingEvidence(claim.Id, kind) }, context.CancellationToken);
        return await intake.StoreAsync(culture, turn, claim, kind, files, beforeEach: null, context.CancellationToken);
    }
}
