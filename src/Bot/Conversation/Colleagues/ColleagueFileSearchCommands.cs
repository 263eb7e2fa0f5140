using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence;
using CoopAssistant.Bot.Conversation.Evidence.Search;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Colleagues;
using CoopAssistant.Claims.Model;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>
/// The colleague's "Search OneDrive/SharePoint": the one file search (<see cref="FileSearchFlow"/>, with the colleague's own Graph
/// token — the OAuth card first when they have none), scoped to the request: the card names the claim by its title only, the kind
/// is the item asked for, and its buttons carry the request's id only. Only the colleague the request was sent to, while it is open.
/// </summary>
public sealed class SearchColleagueFilesCommand(ColleagueRequests requests, FileSearchFlow search) : IBotCommand
{
    public string Verb => CardVerbs.ColleagueSearch;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (turn, request, answer) = await requests.OpenForColleagueAsync(context);
        if (answer is not null)
        {
            return answer;
        }

        return await search.AnswerAsync(context, turn!.Caller, await ColleagueFileSearch.ScopeAsync(requests, request!, context.CancellationToken));
    }
}

/// <summary>
/// The colleague's "Attach selected files" on that search's card: <see cref="AttachFoundWork"/> is queued for the request (copied
/// with the colleague's token, recorded on the claim as the owner asked, the owner's card updated), and the clicked card becomes the
/// progress card at once (the same click twice queues one work).
/// </summary>
public sealed class AttachColleagueFilesCommand(ColleagueRequests requests, IBackgroundWorkQueue queue, TimeProvider time) : IBotCommand
{
    public string Verb => CardVerbs.ColleagueAttachFound;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        var (_, request, answer) = await requests.OpenForColleagueAsync(context);
        if (answer is not null)
        {
            return answer;
        }

        var files = FoundFileValue.Parse(CardData.Text(context.Data, FileSearchCards.FilesInput));
        if (!Enum.TryParse<EvidenceKind>(request!.Item, out var kind) || !Enum.IsDefined(kind))
        {
            return NoticeCard.NotFound(culture);
        }

        if (files.Count == 0)
        {
            var scope = await ColleagueFileSearch.ScopeAsync(requests, request, context.CancellationToken);
            return FileSearchCards.Search(culture, scope, null, BotText.For(culture)[nameof(Strings.ColleagueChooseFiles)]);
        }

        if (ConversationAddress.From(context.Turn.Activity) is not { } address)
        {
            return NoticeCard.Unidentified(culture);
        }

        var card = string.Equals(context.Turn.Activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase) ? context.Turn.Activity.ReplyToId : null;
        var entries = files.Select(f => new FoundFileEntry(f.Ref.DriveId, f.Ref.ItemId, f.Source)).ToList();
        var key = "colleague:attachfound:" + request.Id.ToString("N") + ":"
            + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', entries.Select(e => e.DriveId + "/" + e.ItemId)))))[..32];
        await queue.EnqueueAsync(
            AttachFoundWork.WorkKind,
            new AttachFoundWork(address, card, request.ClaimId, kind, time.GetUtcNow(), entries, request.Id),
            key,
            address.TenantId,
            context.CancellationToken);
        return ChatFileCards.Progress(culture, 1, files.Count, null);
    }
}

internal static class ColleagueFileSearch
{
    /// <summary>The search for a request: the claim's title, the item asked for, the request's id in the buttons.</summary>
    public static async Task<FileSearchScope> ScopeAsync(ColleagueRequests requests, ColleagueRequest request, CancellationToken cancellationToken)
    {
        var kind = Enum.TryParse<EvidenceKind>(request.Item, out var item) ? item : EvidenceKind.ProofOfExecution;
        return new FileSearchScope(
            await requests.ClaimTitleAsync(request, cancellationToken),
            CardVerbs.ColleagueSearch,
            CardVerbs.ColleagueAttachFound,
            new JsonObject { [AskColleagueCard.RequestIdKey] = request.Id.ToString("D") },
            kind,
            KindFixed: true);
    }
}
