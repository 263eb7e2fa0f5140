using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.Evidence;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Claims.Work;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// The button of <see cref="ChatFileCards.Choose"/>: the chosen claim and kind are remembered (<see cref="PendingEvidence"/>,
/// so later files go there too), and background work is queued that takes the files of the batch (downloaded since they
/// arrived) to the claim. The answer is at once: the progress card, replacing the choice card and updated in place.
/// </summary>
public sealed class StoreChatFilesCommand(ClaimCommands support, EvidenceRecorder intake, IBackgroundWorkQueue queue) : IBotCommand
{
    public string Verb => CardVerbs.EvidenceChatFiles;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        var text = BotText.For(culture);
        if (await support.ResolveTurnAsync(context) is not { } turn || ConversationAddress.From(context.Turn.Activity) is not { } address)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var batch = Guid.TryParse(CardData.Text(context.Data, ChatFileCards.BatchKey), out var batchId)
            ? await queue.FindAsync(ChatFilesWork.WorkKind, batchId, context.CancellationToken)
            : null;
        if (batch is null || batch.Payload.ClaimId is not null || batch.Payload.Address.UserObjectId != address.UserObjectId || batch.Payload.Address.TenantId != address.TenantId)
        {
            return NoticeCard.Create(culture, text[nameof(Strings.EvidenceTitleShort)], text[nameof(Strings.ChatFilesGone)], TextColor.Attention);
        }

        if (await queue.FindByKeyAsync(ChatFilesDiscardWork.WorkKind, ChatFilesDiscardWork.Key(batchId), context.CancellationToken) is { State: not BackgroundWorkState.Pending })
        {
            // Nobody chose within Evidence:IncomingRetention: the kept copies were deleted.
            return NoticeCard.Create(culture, text[nameof(Strings.EvidenceTitleShort)], text[nameof(Strings.ChatFilesGone)], TextColor.Attention);
        }

        var names = batch.Payload.Files.Select(f => f.Name).ToList();
        var claims = await intake.EditableClaimsAsync(turn, context.CancellationToken);
        var claim = Guid.TryParse(CardData.Text(context.Data, ChatFileCards.ClaimInput), out var claimId)
            ? await intake.EditableClaimAsync(turn, claimId, context.CancellationToken)
            : null;
        if (claim is null)
        {
            return ChatFileCards.Choose(culture, names, claims, batchId, ClaimTexts.For(ClaimErrorCode.NotFound, culture));
        }

        var chosen = CardData.Text(context.Data, AttachEvidenceCard.KindInput);
        if (!Enum.TryParse<EvidenceKind>(chosen, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(chosen, out _))
        {
            return ChatFileCards.Choose(culture, names, claims, batchId, ClaimTexts.For(ClaimErrorCode.EvidenceKindUnknown, culture));
        }

        await support.State.UpdateAsync(turn.ConversationId, s => s with { PendingEvidence = new PendingEvidence(claim.Id, kind) }, context.CancellationToken);

        // The clicked card (Universal Actions: the invoke's replyToId) becomes the progress card and is updated in place; a
        // fallback Action.Submit gets the result as a new message.
        var card = string.Equals(context.Turn.Activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase) ? context.Turn.Activity.ReplyToId : null;
        await queue.EnqueueAsync(
            ChatFilesWork.WorkKind,
            new ChatFilesWork(address, card, claim.Id, kind, [], batchId),
            ChatFilesWork.ChoiceKey(batchId),
            address.TenantId,
            context.CancellationToken);
        return ChatFileCards.Progress(culture, 1, names.Count, names.FirstOrDefault());
    }
}
