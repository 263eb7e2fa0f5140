using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Evidence.SignIn;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Graph.Chat;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// Takes files dropped into the chat to their claim: kept for the evidence kind chosen before (<see cref="PendingEvidence"/>) —
/// with one progress card updated in place when there are several — or a card asks which claim and kind. When Microsoft 365
/// is connected and the user has no token yet, the files wait in the conversation state, the OAuth card is sent, and
/// <see cref="ResumeAfterSignInAsync"/> (called by the token exchange) delivers them.
/// </summary>
public sealed class ChatFileDelivery(ChatFileIntake intake, ClaimTurnResolver turns, ClaimFormStateStore state, GraphSignIn signIn, TimeProvider time)
{
    public async Task ReceiveAsync(TurnContext turn, ClaimTurn claimTurn, IReadOnlyList<TeamsFileDownloadInfo> files)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(claimTurn);
        ArgumentNullException.ThrowIfNull(files);
        var user = new GraphUserKey(claimTurn.Caller.TenantId, claimTurn.Caller.UserObjectId);
        if (!await signIn.NeedsSignInAsync(user, turn.CancellationToken))
        {
            await DeliverAsync(turn, claimTurn, files);
            return;
        }

        var waiting = new ChatFilesAwaitingSignIn(time.GetUtcNow(), files);
        await state.UpdateAsync(claimTurn.ConversationId, s => s with { FilesAwaitingSignIn = waiting }, turn.CancellationToken);
        var text = BotText.For(turn.Culture);
        await turn.SendAsync(NoticeCard.Create(turn.Culture, text[nameof(Strings.SignInTitle)], text.Format(nameof(Strings.ChatFilesSignInFirst), files.Count)).ToActivity());
        await signIn.SendOAuthCardAsync(turn);
    }

    /// <summary>After a successful token exchange: the files that waited for it (if still fresh) go on to their claim.</summary>
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
            await DeliverAsync(turn, claimTurn, waiting.Files);
        }
    }

    private async Task DeliverAsync(TurnContext turn, ClaimTurn claimTurn, IReadOnlyList<TeamsFileDownloadInfo> files)
    {
        var culture = turn.Culture;
        var pending = (await state.GetAsync(claimTurn.ConversationId, turn.CancellationToken)).PendingEvidence;
        var claim = pending is null ? null : await intake.EditableClaimAsync(claimTurn, pending.ClaimId, turn.CancellationToken);
        if (pending is null || claim is null)
        {
            var claims = await intake.EditableClaimsAsync(claimTurn, turn.CancellationToken);
            await turn.SendAsync(ChatFileCards.Choose(culture, files, claims).ToActivity());
            return;
        }

        string? progressId = null;
        if (files.Count > 1)
        {
            progressId = await turn.SendAsync(ChatFileCards.Progress(culture, 1, files.Count, files[0].Name).ToActivity());
        }

        var card = await intake.StoreAsync(
            culture,
            claimTurn,
            claim,
            pending.Kind,
            files,
            async (index, file) =>
            {
                if (progressId is not null && index > 0)
                {
                    await turn.UpdateAsync(progressId, ChatFileCards.Progress(culture, index + 1, files.Count, file.Name).ToActivity());
                }
            },
            turn.CancellationToken);

        if (progressId is not null)
        {
            await turn.UpdateAsync(progressId, card.ToActivity());
        }
        else
        {
            await turn.SendAsync(card.ToActivity());
        }
    }
}
