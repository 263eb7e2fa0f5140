using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Graph.Chat;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// Messages carrying files (<c>application/vnd.microsoft.teams.file.download.info</c>): a typing indicator at once, then
/// a funds CSV from an Incentives administrator is previewed for import (<see cref="Funds.FundsFileImport"/>); otherwise
/// files from a colleague with an open request go to that request's claim (<see cref="Colleagues.ColleagueUploads"/>); otherwise
/// <see cref="ChatFileHandoff"/> keeps them (or asks which claim and kind, or asks the user to sign in to Microsoft 365 first).
/// Every other message goes to <paramref name="inner"/>.
/// </summary>
public sealed class ChatFileMessageHandler(
    MessageActivityHandler inner,
    ChatFileHandoff delivery,
    ClaimTurnResolver turns,
    ConversationReferenceTracker references,
    Funds.FundsFileImport fundsFiles,
    Colleagues.ColleagueUploads colleagueUploads) : IActivityHandler
{
    public string ActivityType => ActivityTypes.Message;

    public Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var files = ChatFileAttachments.FromActivity(turn.Activity);
        return files.Count == 0 ? inner.HandleAsync(turn) : ReceiveAsync(turn, files);
    }

    private async Task<InvokeResponse?> ReceiveAsync(TurnContext turn, IReadOnlyList<TeamsFileDownloadInfo> files)
    {
        await references.TrackAsync(turn);
        await turn.SendTypingAsync();
        if (await turns.ResolveAsync(turn) is not { } claimTurn)
        {
            await turn.SendAsync(NoticeCard.Unidentified(turn.Culture).ToActivity());
            return null;
        }

        if (await fundsFiles.TryPreviewAsync(turn, claimTurn, files))
        {
            return null;
        }

        if (await colleagueUploads.TryReceiveAsync(turn, claimTurn, files))
        {
            return null;
        }

        await delivery.ReceiveAsync(turn, claimTurn, files);
        return null;
    }
}
