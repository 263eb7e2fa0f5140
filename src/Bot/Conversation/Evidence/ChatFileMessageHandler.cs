using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Protocol.Hosting;
using CoopAssistant.Bot.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// Messages carrying files (<c>application/vnd.microsoft.teams.file.download.info</c>): a typing indicator at once, then
/// <see cref="ChatFileDelivery"/> keeps them (or asks which claim and kind, or asks the user to sign in to Microsoft 365 first).
/// Every other message goes to <paramref name="inner"/>.
/// </summary>
public sealed class ChatFileMessageHandler(
    MessageActivityHandler inner,
    ChatFileDelivery delivery,
    ClaimTurnResolver turns,
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
        if (await turns.ResolveAsync(turn) is not { } claimTurn)
        {
            await turn.SendAsync(NoticeCard.Unidentified(turn.Culture).ToActivity());
            return null;
        }

        await delivery.ReceiveAsync(turn, claimTurn, files);
        return null;
    }
}
