using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Claims.Evidence;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>
/// The results card's button: the chosen files are attached through <see cref="IGraphEvidenceService.AttachAsync"/>
/// (metadata in batches, a copy of each original; a progress card updated in place when there are several), each one
/// recorded on the claim; the answer is the claim card with one line per file refused.
/// </summary>
public sealed class AttachFoundFilesCommand(ClaimCommandSupport support, ChatFileIntake intake, IGraphEvidenceService evidence) : IBotCommand
{
    public string Verb => FileSearchCards.AttachVerb;

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
            return support.ClaimCard(culture, turn, claim, ClaimCommandSupport.StaleNote(culture));
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

        await context.Turn.SendTypingAsync();
        CardProgress? progress = null;
        if (files.Count > 1 && await context.Turn.SendAsync(ChatFileCards.Progress(culture, 1, files.Count, null).ToActivity()) is { } progressId)
        {
            progress = new CardProgress(context.Turn, progressId, culture);
        }

        var target = new EvidenceTarget(turn.Caller.TenantId, turn.Caller.UserObjectId, claim.Id.ToString("D"));
        var results = await evidence.AttachAsync(target, [.. files.Select(f => f.Ref)], progress, context.CancellationToken);
        if (progress is not null)
        {
            await progress.DrainAsync();
        }

        var notes = new List<CardNote>();
        var current = claim;
        var stored = 0;
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var name = result.Metadata?.Name ?? result.Source.ItemId;
            if (!result.Succeeded || result.Metadata is not { } meta || result.Copy is not { } copy)
            {
                notes.Add(new CardNote(text.Format(nameof(Strings.ChatFileRefused), CardText.Escape(name), EvidenceErrorTexts.For(result.Error ?? EvidenceErrorCode.GraphError, culture)), TextColor.Attention));
                continue;
            }

            var item = new NewEvidence(
                kind, files[i].Source, meta.Name, meta.SizeBytes, meta.MimeType, meta.Ref.DriveId, meta.Ref.ItemId, meta.WebUrl, meta.ETag, meta.QuickXorHash, copy.Sha256, copy.Location);
            var recorded = await intake.RecordAsync(turn, current, item, context.CancellationToken);
            if (recorded.IsOk && recorded.Value is { } updated)
            {
                current = updated;
                stored++;
            }
            else
            {
                var reason = recorded.Code is { } code ? ClaimTexts.For(code, culture) : text[nameof(Strings.ChatFileInvalid)];
                notes.Add(new CardNote(text.Format(nameof(Strings.ChatFileRefused), CardText.Escape(name), reason), TextColor.Attention));
            }
        }

        if (stored > 0)
        {
            notes.Insert(0, new CardNote(text.Format(nameof(Strings.ChatFilesStored), stored, ClaimTexts.For(kind, culture)), TextColor.Good));
        }

        return support.ClaimCard(culture, turn, current, [.. notes]);
    }
}
