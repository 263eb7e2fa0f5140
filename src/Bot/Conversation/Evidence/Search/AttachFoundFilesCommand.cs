using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.Evidence;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>
/// The results card's button: the choice is checked, and <see cref="AttachFoundWork"/> is queued to copy and record the
/// chosen files in the background; the answer is the progress card at once (the same click twice queues one work).
/// </summary>
public sealed class AttachFoundFilesCommand(ClaimCommands support, IBackgroundWorkQueue queue, TimeProvider time) : IBotCommand
{
    public string Verb => CardVerbs.EvidenceAttachFound;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        var text = BotText.For(culture);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(culture);
        }

        var lookup = await support.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        if (lookup.IsStale)
        {
            // A second click on the same results card (or one from before another change): the files are not copied again.
            return support.ClaimCard(culture, turn, claim, ClaimCommands.StaleNote(culture));
        }

        if (support.RefuseUnlessEditable(culture, turn, claim) is { } refusal)
        {
            return refusal;
        }

        var chosen = CardData.Text(context.Data, AttachEvidenceCard.KindInput);
        var files = FoundFileValue.Parse(CardData.Text(context.Data, FileSearchCards.FilesInput));
        if (!Enum.TryParse<EvidenceKind>(chosen, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(chosen, out _) || files.Count == 0)
        {
            return FileSearchCards.Search(culture, claim, null, text[nameof(Strings.FileSearchChooseFiles)]);
        }

        if (ConversationAddress.From(context.Turn.Activity) is not { } address)
        {
            return NoticeCard.Unidentified(culture);
        }

        // Copies are polled for up to Graph:CopyTimeout: far longer than a turn may last. The clicked card becomes the progress
        // card at once and the background work updates it in place (a fallback Action.Submit gets the result as a new message).
        var card = string.Equals(context.Turn.Activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase) ? context.Turn.Activity.ReplyToId : null;
        var entries = files.Select(f => new FoundFileEntry(f.Ref.DriveId, f.Ref.ItemId, f.Source)).ToList();
        var key = "attachfound:" + claim.Id.ToString("N") + ":" + claim.Version.ToString(CultureInfo.InvariantCulture) + ":"
            + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', entries.Select(e => e.DriveId + "/" + e.ItemId)))))[..32];
        await queue.EnqueueAsync(
            AttachFoundWork.WorkKind,
            new AttachFoundWork(address, card, claim.Id, kind, time.GetUtcNow(), entries),
            key,
            address.TenantId,
            context.CancellationToken);
        return ChatFileCards.Progress(culture, 1, files.Count, null);
    }
}
