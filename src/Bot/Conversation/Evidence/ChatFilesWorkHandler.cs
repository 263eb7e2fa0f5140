using CoopAssistant.Claims.Localization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Review;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Claims.Work;
using CoopAssistant.Graph.Chat;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// Runs <see cref="ChatFilesWork"/> outside the turn: each file is downloaded and kept (in the claim's folder, or in the
/// incoming folder while no claim is chosen), moved to the claim's folder if it was kept there earlier, and recorded on the
/// claim, with a checkpoint after each step so a restart (or another host) goes on from the next file. The progress card is
/// updated before each file and replaced by the claim card at the end.
/// </summary>
public sealed partial class ChatFilesWorkHandler(
    IBackgroundWorkQueue queue,
    ClaimTurnResolver turns,
    EvidenceRecorder intake,
    ClaimCommands support,
    ITeamsFileDownloader downloader,
    IEvidenceStore store,
    ConversationCards cards,
    Colleagues.ColleagueRequests colleagueRequests,
    ILogger<ChatFilesWorkHandler> logger) : BackgroundWorkHandler<ChatFilesWork>
{
    /// <summary>How often a choice made while its files are still downloading looks again.</summary>
    public static readonly TimeSpan StagingPoll = TimeSpan.FromSeconds(1);

    protected override BackgroundWorkKind<ChatFilesWork> WorkKind => ChatFilesWork.WorkKind;

    protected override async Task<Result<Done, BackgroundWorkDelay>> RunAsync(BackgroundWorkContext<ChatFilesWork> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var payload = work.Payload;
        var address = payload.Address;
        var culture = UserCulture.FromTag(address.Locale);
        if (payload.StagedBatchId is { } batchId && payload.Files.Count == 0)
        {
            var batch = await queue.FindAsync(ChatFilesWork.WorkKind, batchId, cancellationToken);
            if (batch is null || !SameUser(batch.Payload.Address, address))
            {
                var text = BotText.For(culture);
                await cards.ShowAsync(address, payload.CardActivityId, NoticeCard.Create(culture, text[nameof(Strings.EvidenceTitleShort)], text[nameof(Strings.ChatFilesGone)], TextColor.Attention), cancellationToken);
                return BackgroundWorkResult.Done;
            }

            if (batch.State == BackgroundWorkState.Pending)
            {
                // The files are still being downloaded: show how far that is, and look again shortly (no attempt used).
                var files = batch.Payload.Files;
                var done = files.Count(f => f.Step != ChatFileStep.Waiting);
                var current = files.FirstOrDefault(f => f.Step == ChatFileStep.Waiting)?.Name;
                await cards.ProgressAsync(address, payload.CardActivityId, ChatFileCards.Progress(culture, Math.Min(done + 1, files.Count), files.Count, current), cancellationToken);
                return BackgroundWorkResult.Defer(StagingPoll);
            }

            // Done (or given up): take what it kept; a file it never reached is reported as not downloaded.
            payload = payload with
            {
                Files = [.. batch.Payload.Files.Select(f => f.Step == ChatFileStep.Waiting
                    ? f with { Step = ChatFileStep.Refused, Error = EvidenceErrorCode.DownloadFailed, DownloadUrl = null }
                    : f)],
            };
            await work.CheckpointAsync(payload, cancellationToken);
        }

        var claimTurn = await turns.ResolveAsync(address, cancellationToken);
        CoopAssistant.Claims.Colleagues.ColleagueRequest? request = null;
        if (payload.ColleagueRequestId is { } requestId)
        {
            // A colleague's files: recorded as the request's owner asked for them, only while the request is open and theirs.
            (request, var ownerTurn) = await colleagueRequests.UploadTurnAsync(address, requestId, cancellationToken);
            if (request is null || ownerTurn is null)
            {
                await cards.ShowAsync(address, payload.CardActivityId, EvidenceWorkCards.ClaimGone(culture), cancellationToken);
                return BackgroundWorkResult.Done;
            }

            claimTurn = ownerTurn;
        }

        ClaimView? claim = null;
        if (payload.ClaimId is { } claimId)
        {
            claim = await intake.EditableClaimAsync(claimTurn, claimId, cancellationToken);
            if (claim is null)
            {
                await cards.ShowAsync(address, payload.CardActivityId, EvidenceWorkCards.ClaimGone(culture), cancellationToken);
                return BackgroundWorkResult.Done;
            }
        }

        var target = claim is null
            ? EvidenceTarget.Incoming(address.TenantId, address.UserObjectId)
            : new EvidenceTarget(address.TenantId, address.UserObjectId, claim.Id.ToString("D"));
        var total = payload.Files.Count;
        for (var i = 0; i < total; i++)
        {
            var entry = payload.Files[i];
            if (entry.Step is ChatFileStep.Recorded or ChatFileStep.Refused || (claim is null && entry.Step == ChatFileStep.Kept))
            {
                continue;
            }

            if (claim is not null && i > 0)
            {
                await cards.ProgressAsync(address, payload.CardActivityId, ChatFileCards.Progress(culture, i + 1, total, entry.Name), cancellationToken);
            }

            if (entry.Step == ChatFileStep.Waiting)
            {
                entry = await KeepAsync(entry, target, staged: claim is null, cancellationToken);
            }

            if (claim is not null && entry is { Step: ChatFileStep.Kept, Staged: true, Kept: { } staged })
            {
                entry = await store.MoveAsync(staged, target, cancellationToken) is { IsOk: true, Value: { } moved }
                    ? entry with { Kept = moved, Staged = false }
                    : entry with { Step = ChatFileStep.Refused, Error = EvidenceErrorCode.NotFound };
            }

            if (claim is not null && entry is { Step: ChatFileStep.Kept, Kept: { } kept })
            {
                (entry, claim) = await RecordAsync(claimTurn, claim, payload.Kind, entry, kept, cancellationToken);
            }

            payload = payload with { Files = [.. payload.Files.Select((f, n) => n == i ? entry : f)] };
            await work.CheckpointAsync(payload, cancellationToken);
        }

        if (claim is not null && request is not null)
        {
            var recorded = payload.Files.Where(f => f.Step == ChatFileStep.Recorded).Select(f => f.Name).ToList();
            await cards.ShowAsync(address, payload.CardActivityId, await colleagueRequests.UploadedAsync(request, claim, recorded, culture, cancellationToken), cancellationToken);
        }
        else if (claim is not null)
        {
            var notes = EvidenceWorkCards.Notes(
                culture,
                payload.Kind,
                payload.Files.Count(f => f.Step == ChatFileStep.Recorded),
                payload.Files.Where(f => f.Step == ChatFileStep.Refused).Select(f => (f.Name, f.Error, f.ClaimError)));
            await cards.ShowAsync(address, payload.CardActivityId, support.ClaimCard(culture, claimTurn, claim, notes), cancellationToken);
            if (claim.Review is { IsPending: true } && payload.CardActivityId is { } card)
            {
                // The card says the documents are being reviewed: the review replaces it with its result when done.
                await queue.EnqueueAsync(
                    ReviewWork.WorkKind,
                    new ReviewWork(address.TenantId, claim.Id, address, card, FollowUp: true),
                    ReviewWork.FollowUpKey(work.Id),
                    address.TenantId,
                    cancellationToken);
            }
        }

        LogFinished(logger, work.Id, payload.Files.Count(f => f.Step is ChatFileStep.Kept or ChatFileStep.Recorded), total);
        return BackgroundWorkResult.Done;
    }

    protected override async Task GiveUpAsync(BackgroundWorkContext<ChatFilesWork> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var payload = work.Payload;
        if (payload.ClaimId is null && payload.StagedBatchId is null)
        {
            // Files kept while the user chooses: the choice takes what was kept and reports the rest.
            return;
        }

        var culture = UserCulture.FromTag(payload.Address.Locale);
        var text = BotText.For(culture);
        var added = payload.Files.Count(f => f.Step == ChatFileStep.Recorded);
        var message = text.Format(nameof(Strings.ChatFilesGaveUp), added, Math.Max(payload.Files.Count, added));
        var claimTurn = await turns.ResolveAsync(payload.Address, cancellationToken);
        var claim = payload.ClaimId is { } claimId ? await intake.EditableClaimAsync(claimTurn, claimId, cancellationToken) : null;
        var card = claim is null
            ? NoticeCard.Create(culture, text[nameof(Strings.EvidenceTitleShort)], message, TextColor.Attention)
            : support.ClaimCard(culture, claimTurn, claim, EvidenceWorkCards.Notes(culture, payload.Kind, added, [], message));
        await cards.ShowAsync(payload.Address, payload.CardActivityId, card, cancellationToken);
    }

    private async Task<ChatFileEntry> KeepAsync(ChatFileEntry entry, EvidenceTarget target, bool staged, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(entry.DownloadUrl, UriKind.Absolute, out var url))
        {
            return entry with { Step = ChatFileStep.Refused, Error = EvidenceErrorCode.DownloadFailed, DownloadUrl = null };
        }

        var download = await downloader.DownloadAsync(new TeamsFileDownloadInfo(entry.Name, url, entry.UniqueId, entry.FileType, null), cancellationToken);
        if (download.Value is not { } file)
        {
            return entry with { Step = ChatFileStep.Refused, Error = download.Error, DownloadUrl = null };
        }

        await using (file)
        {
            Result<StoredEvidence, EvidenceRefusal> result;
            try
            {
                result = await store.StoreAsync(new EvidenceUpload(target, entry.Name, file.ContentType, file.Content, file.Length), progress: null, cancellationToken);
            }
            catch (EvidenceTooLargeException)
            {
                // The server sent more than the size limit (more than it declared, or chunked without a length): cut off, nothing kept.
                return entry with { Step = ChatFileStep.Refused, Error = EvidenceErrorCode.TooLarge, DownloadUrl = null };
            }

            return result.TryGetValue(out var stored, out var refused)
                ? entry with { Step = ChatFileStep.Kept, Kept = stored, Staged = staged, DownloadUrl = null }
                : entry with { Step = ChatFileStep.Refused, Error = refused.Code, DownloadUrl = null };
        }
    }

    private async Task<(ChatFileEntry Entry, ClaimView Claim)> RecordAsync(ClaimTurn turn, ClaimView claim, EvidenceKind kind, ChatFileEntry entry, StoredEvidence kept, CancellationToken cancellationToken)
    {
        // A run interrupted between recording and its checkpoint finds the record already there.
        if (claim.Evidence.Any(e => e.KeptCopyLocation == kept.Location && e.Sha256 == kept.Sha256 && e.Name == kept.FileName && e.AddedByObjectId == turn.Caller.UserObjectId))
        {
            return (entry with { Step = ChatFileStep.Recorded }, claim);
        }

        var recorded = await intake.RecordAsync(
            turn,
            claim,
            new NewEvidence(
                kind, EvidenceSource.TeamsUpload, kept.FileName, kept.SizeBytes, kept.ContentType, kept.DriveId, kept.ItemId, kept.WebUrl, kept.ETag,
                kept.QuickXorHash, kept.Sha256, kept.Location, kept.CTag),
            cancellationToken);
        return recorded is { IsOk: true, Value: { } updated }
            ? (entry with { Step = ChatFileStep.Recorded }, updated)
            : (entry with { Step = ChatFileStep.Refused, ClaimError = recorded.Code }, claim);
    }

    private static bool SameUser(ConversationAddress a, ConversationAddress b) =>
        string.Equals(a.TenantId, b.TenantId, StringComparison.OrdinalIgnoreCase) && string.Equals(a.UserObjectId, b.UserObjectId, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat files work {Id} finished: {Kept} of {Total} files kept")]
    private static partial void LogFinished(ILogger logger, Guid id, int kept, int total);
}
