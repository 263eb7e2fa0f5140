using CoopAssistant.Claims.Localization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Review;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>
/// Runs <see cref="AttachFoundWork"/>: <see cref="IGraphEvidenceService.AttachAsync"/> (metadata in batches, a copy of each
/// original, the card updated as copies finish), then each file recorded on the claim with a checkpoint, and the claim card
/// in place of the progress card, which the follow-up review then replaces with its result. A run interrupted during the copies copies again the files it had not recorded (a second
/// copy in the folder, never a second record).
/// </summary>
public sealed class AttachFoundWorkHandler(
    ClaimTurnResolver turns,
    EvidenceRecorder intake,
    ClaimCommands support,
    IGraphEvidenceService evidence,
    ConversationCards cards,
    IBackgroundWorkQueue queue,
    Colleagues.ColleagueRequests colleagueRequests) : BackgroundWorkHandler<AttachFoundWork>
{
    protected override BackgroundWorkKind<AttachFoundWork> WorkKind => AttachFoundWork.WorkKind;

    protected override async Task<Result<Done, BackgroundWorkDelay>> RunAsync(BackgroundWorkContext<AttachFoundWork> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var payload = work.Payload;
        var address = payload.Address;
        var culture = UserCulture.FromTag(address.Locale);
        var claimTurn = await turns.ResolveAsync(address, cancellationToken);
        CoopAssistant.Claims.Colleagues.ColleagueRequest? request = null;
        if (payload.ColleagueRequestId is { } requestId)
        {
            // A colleague's files: copied with their Graph token (their files), recorded as the request's owner asked for them, only
            // while the request is open and theirs.
            (request, var ownerTurn) = await colleagueRequests.UploadTurnAsync(address, requestId, cancellationToken);
            if (request is null || ownerTurn is null || request.ClaimId != payload.ClaimId)
            {
                await cards.ShowAsync(address, payload.CardActivityId, EvidenceWorkCards.ClaimGone(culture), cancellationToken);
                return BackgroundWorkResult.Done;
            }

            claimTurn = ownerTurn;
        }

        var claim = await intake.EditableClaimAsync(claimTurn, payload.ClaimId, cancellationToken);
        if (claim is null)
        {
            await cards.ShowAsync(address, payload.CardActivityId, EvidenceWorkCards.ClaimGone(culture), cancellationToken);
            return BackgroundWorkResult.Done;
        }

        var waiting = payload.Files.Select((f, i) => (File: f, Index: i)).Where(x => !x.File.Done).ToList();
        if (waiting.Count > 0)
        {
            var target = new EvidenceTarget(address.TenantId, address.UserObjectId, claim.Id.ToString("D"));
            var progress = payload.CardActivityId is { } cardId ? new CardProgress(cards, address, cardId, culture, cancellationToken) : null;
            var results = await evidence.AttachAsync(target, [.. waiting.Select(x => new DriveItemRef(x.File.DriveId, x.File.ItemId))], progress, cancellationToken);
            if (progress is not null)
            {
                await progress.DrainAsync();
            }

            for (var n = 0; n < waiting.Count; n++)
            {
                var (file, index) = waiting[n];
                (file, claim) = await RecordAsync(claimTurn, claim, payload, file, results[n], cancellationToken);
                payload = payload with { Files = [.. payload.Files.Select((f, i) => i == index ? file : f)] };
                await work.CheckpointAsync(payload, cancellationToken);
            }
        }

        if (request is not null)
        {
            // The colleague sees a thank-you naming their files; the owner's card is updated and the owner told.
            var recorded = payload.Files.Where(f => f.Recorded).Select(f => f.Name ?? f.ItemId).ToList();
            await cards.ShowAsync(address, payload.CardActivityId, await colleagueRequests.UploadedAsync(request, claim, recorded, culture, cancellationToken), cancellationToken);
            return BackgroundWorkResult.Done;
        }

        var notes = EvidenceWorkCards.Notes(
            culture,
            payload.Kind,
            payload.Files.Count(f => f.Recorded),
            payload.Files.Where(f => !f.Recorded).Select(f => (f.Name ?? f.ItemId, f.Error, f.ClaimError)));
        await cards.ShowAsync(address, payload.CardActivityId, support.ClaimCard(culture, claimTurn, claim, notes), cancellationToken);
        if (claim.Review is { IsPending: true } && payload.CardActivityId is { } card)
        {
            // The card says the documents are being reviewed (read through Graph /content): the review replaces it with its result.
            await queue.EnqueueAsync(
                ReviewWork.WorkKind,
                new ReviewWork(address.TenantId, claim.Id, address, card, FollowUp: true),
                ReviewWork.FollowUpKey(work.Id),
                address.TenantId,
                cancellationToken);
        }

        return BackgroundWorkResult.Done;
    }

    protected override async Task GiveUpAsync(BackgroundWorkContext<AttachFoundWork> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var payload = work.Payload;
        var culture = UserCulture.FromTag(payload.Address.Locale);
        var text = BotText.For(culture);
        var added = payload.Files.Count(f => f.Recorded);
        var message = text.Format(nameof(Strings.AttachFoundGaveUp), added, payload.Files.Count);
        if (payload.ColleagueRequestId is not null)
        {
            // A colleague never sees the claim's card.
            await cards.ShowAsync(payload.Address, payload.CardActivityId, NoticeCard.Create(culture, text[nameof(Strings.EvidenceTitleShort)], message, TextColor.Attention), cancellationToken);
            return;
        }

        var claimTurn = await turns.ResolveAsync(payload.Address, cancellationToken);
        var claim = await intake.EditableClaimAsync(claimTurn, payload.ClaimId, cancellationToken);
        var card = claim is null
            ? NoticeCard.Create(culture, text[nameof(Strings.EvidenceTitleShort)], message, TextColor.Attention)
            : support.ClaimCard(culture, claimTurn, claim, EvidenceWorkCards.Notes(culture, payload.Kind, added, [], message));
        await cards.ShowAsync(payload.Address, payload.CardActivityId, card, cancellationToken);
    }

    private async Task<(FoundFileEntry File, ClaimView Claim)> RecordAsync(
        ClaimTurn turn, ClaimView claim, AttachFoundWork work, FoundFileEntry file, Result<AttachedEvidence, AttachRefusal> result, CancellationToken cancellationToken)
    {
        if (!result.TryGetValue(out var attached, out var refused))
        {
            return (file with { Done = true, Name = refused.Metadata?.Name ?? file.ItemId, Error = refused.Code }, claim);
        }

        var (meta, copy) = attached;
        var name = meta.Name;

        // A run interrupted between recording and its checkpoint finds the record already there.
        if (claim.Evidence.Any(e => e.DriveId == meta.Ref.DriveId && e.ItemId == meta.Ref.ItemId && e.AddedAt >= work.QueuedAt))
        {
            return (file with { Done = true, Recorded = true, Name = name }, claim);
        }

        var item = new NewEvidence(
            work.Kind, file.Source, meta.Name, meta.SizeBytes, meta.MimeType, meta.Ref.DriveId, meta.Ref.ItemId, meta.WebUrl, meta.ETag, meta.QuickXorHash,
            copy.Sha256, copy.Location, meta.CTag);
        var recorded = await intake.RecordAsync(turn, claim, item, cancellationToken);
        return recorded is { IsOk: true, Value: { } updated }
            ? (file with { Done = true, Recorded = true, Name = name }, updated)
            : (file with { Done = true, Name = name, ClaimError = recorded.Code }, claim);
    }
}
