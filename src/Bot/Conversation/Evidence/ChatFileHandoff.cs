using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Evidence.SignIn;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Graph.Chat;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Options;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// Takes files dropped into the chat to their claim without keeping the turn waiting: a progress card at once and
/// <see cref="ChatFilesWork"/> queued (the downloads, uploads and records run in the background and update the card in place);
/// or, when no claim and kind were chosen before (<see cref="PendingEvidence"/>), the choice card at once while the files
/// are already downloaded in the background. When Microsoft 365 is connected and the user has no token yet, the files wait in
/// the conversation state, the OAuth card is sent, and <see cref="ResumeAfterSignInAsync"/> (called by the token exchange)
/// queues them the same way.
/// </summary>
public sealed class ChatFileHandoff(
    EvidenceRecorder intake,
    ClaimTurnResolver turns,
    ClaimFormStateStore state,
    GraphSignIn signIn,
    IBackgroundWorkQueue queue,
    IOptions<EvidenceOptions> evidence,
    TimeProvider time)
{
    public async Task ReceiveAsync(TurnContext turn, ClaimTurn claimTurn, IReadOnlyList<TeamsFileDownloadInfo> files)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(claimTurn);
        ArgumentNullException.ThrowIfNull(files);
        var user = new GraphUserKey(claimTurn.Caller.TenantId, claimTurn.Caller.UserObjectId);
        if (!await signIn.NeedsSignInAsync(user, turn.CancellationToken))
        {
            await DeliverAsync(turn, claimTurn, files, "chatfiles:" + turn.Activity.Id);
            return;
        }

        var waiting = new ChatFilesAwaitingSignIn(time.GetUtcNow(), files);
        await state.UpdateAsync(claimTurn.ConversationId, s => s with { FilesAwaitingSignIn = waiting }, turn.CancellationToken);
        var text = BotText.For(turn.Culture);
        await turn.SendAsync(NoticeCard.Create(turn.Culture, text[nameof(Strings.SignInTitle)], text.Format(nameof(Strings.ChatFilesSignInFirst), files.Count)).ToActivity());
        await signIn.SendOAuthCardAsync(turn);
    }

    /// <summary>After a successful token exchange: the files that waited for it (if still fresh) are queued; nothing long runs here.</summary>
    public async Task ResumeAfterSignInAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await turns.ResolveAsync(turn) is not { } claimTurn)
        {
            return;
        }

        var waiting = (await state.GetAsync(claimTurn.ConversationId, turn.CancellationToken)).FilesAwaitingSignIn;
        if (waiting is null)
        {
            return;
        }

        await state.UpdateAsync(claimTurn.ConversationId, s => s with { FilesAwaitingSignIn = null }, turn.CancellationToken);
        if (time.GetUtcNow() - waiting.ReceivedAt <= ChatFilesAwaitingSignIn.MaxWait && waiting.Files.Count > 0)
        {
            await DeliverAsync(turn, claimTurn, waiting.Files, "chatfiles:signin:" + waiting.ReceivedAt.UtcTicks + ":" + claimTurn.ConversationId);
        }
    }

    private async Task DeliverAsync(TurnContext turn, ClaimTurn claimTurn, IReadOnlyList<TeamsFileDownloadInfo> files, string idempotencyKey)
    {
        var culture = turn.Culture;
        if (ConversationAddress.From(turn.Activity) is not { } address)
        {
            await turn.SendAsync(NoticeCard.Unidentified(culture).ToActivity());
            return;
        }

        var entries = ChatFileAttachments.ToEntries(files);
        var pending = (await state.GetAsync(claimTurn.ConversationId, turn.CancellationToken)).PendingEvidence;
        var claim = pending is null ? null : await intake.EditableClaimAsync(claimTurn, pending.ClaimId, turn.CancellationToken);
        if (pending is not null && claim is not null)
        {
            var progressId = await turn.SendAsync(ChatFileCards.Progress(culture, 1, files.Count, files[0].Name).ToActivity());
            await queue.EnqueueAsync(
                ChatFilesWork.WorkKind, new ChatFilesWork(address, progressId, claim.Id, pending.Kind, entries), idempotencyKey, address.TenantId, turn.CancellationToken);
            return;
        }

        var claims = await intake.EditableClaimsAsync(claimTurn, turn.CancellationToken);
        var names = files.Select(f => f.Name).ToList();
        if (claims.Count == 0)
        {
            await turn.SendAsync(ChatFileCards.Choose(culture, names, claims, batchId: null).ToActivity());
            return;
        }

        // Downloaded at once, while their links are valid, and kept in the incoming folder until the user chooses.
        var batchId = await queue.EnqueueAsync(
            ChatFilesWork.WorkKind, new ChatFilesWork(address, null, null, default, entries), idempotencyKey, address.TenantId, turn.CancellationToken);
        await queue.EnqueueAsync(
            ChatFilesDiscardWork.WorkKind, new ChatFilesDiscardWork(batchId, address), ChatFilesDiscardWork.Key(batchId), address.TenantId, turn.CancellationToken,
            evidence.Value.IncomingRetention);
        await turn.SendAsync(ChatFileCards.Choose(culture, names, claims, batchId).ToActivity());
    }
}
