using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Protocol.Hosting;
using CoopAssistant.Bot.Protocol.Schema;
using CoopAssistant.Graph.Chat;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// Messages carrying files (<c>application/vnd.microsoft.teams.file.download.info</c>): a typing indicator at once, then
/// the files are kept for the evidence kind chosen before (<see cref="PendingEvidence"/>) — with one progress card updated
/// in place when there are several — or a card asks which claim and kind. Every other message goes to <paramref name="inner"/>.
/// </summary>
public sealed class ChatFileMessageHandler(
    MessageActivityHandler inner,
    ChatFileIntake intake,
    ClaimTurnResolver turns,
    ClaimFormStateStore state,
    ConversationReferenceTracker references) : IActivityHandler
{
    public string ActivityType => ActivityTypes.Message;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var files = ChatFileAttachments.FromActivity(turn.Activity);
        if (files.Count == 0)
        {
            return await inner.HandleAsync(turn);
        }

        await references.TrackAsync(turn);
        await turn.SendTypingAsync();
        var culture = turn.Culture;
        if (await turns.ResolveAsync(turn) is not { } claimTurn)
        {
            await turn.SendAsync(NoticeCard.Unidentified(culture).ToActivity());
            return null;
        }

        var pending = (await state.GetAsync(claimTurn.ConversationId, turn.CancellationToken)).PendingEvidence;
        var claim = pending is null ? null : await intake.EditableClaimAsync(claimTurn, pending.ClaimId, turn.CancellationToken);
        if (pending is null || claim is null)
        {
            var claims = await intake.EditableClaimsAsync(claimTurn, turn.CancellationToken);
            await turn.SendAsync(ChatFileCards.Choose(culture, files, claims).ToActivity());
            return null;
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

        return null;
    }
}
