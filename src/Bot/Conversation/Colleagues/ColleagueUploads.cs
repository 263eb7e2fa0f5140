using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Evidence;
using CoopAssistant.Claims.Colleagues;
using CoopAssistant.Claims.Model;
using CoopAssistant.Graph.Chat;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>
/// Files a colleague drops in their 1:1 chat while a request to them is open answer that request (the oldest): they go onto the
/// request's claim through the normal evidence path (<see cref="ChatFilesWork"/>: kept, recorded with the item asked for as their
/// kind, reviewed like any evidence), recorded as the owner asked for them.
/// </summary>
public sealed class ColleagueUploads(IColleagueRequestStore store, IBackgroundWorkQueue queue)
{
    public async Task<bool> TryReceiveAsync(TurnContext turn, ClaimTurn claimTurn, IReadOnlyList<TeamsFileDownloadInfo> files)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(claimTurn);
        ArgumentNullException.ThrowIfNull(files);
        var open = await store.OpenForColleagueAsync(claimTurn.Caller.TenantId, claimTurn.Caller.UserObjectId, turn.CancellationToken);
        if (open.Count == 0 || ConversationAddress.From(turn.Activity) is not { } address || !Enum.TryParse<EvidenceKind>(open[0].Item, out var kind))
        {
            return false;
        }

        var request = open[0];
        var progressId = await turn.SendAsync(ChatFileCards.Progress(turn.Culture, 1, files.Count, files[0].Name).ToActivity());
        await queue.EnqueueAsync(
            ChatFilesWork.WorkKind,
            new ChatFilesWork(address, progressId, request.ClaimId, kind, ChatFileAttachments.ToEntries(files), ColleagueRequestId: request.Id),
            "colleague:" + request.Id.ToString("N") + ":" + turn.Activity.Id,
            address.TenantId,
            turn.CancellationToken);
        return true;
    }
}
