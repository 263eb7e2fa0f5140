using CoopAssistant.Claims.Localization;
using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Evidence;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Findings;
using CoopAssistant.Claims.Partner;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;
using CoopAssistant.Documents.Review;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Review;

/// <summary>
/// Runs <see cref="ReviewWork"/> outside the turn: reads every evidence file of the claim (the local store's copy, or Graph
/// <c>/content</c> with the token of the person who added it), runs the review against the claim, the tenant's identity and
/// its other claims, and stores the findings with the claim. With a card, it is updated in place as documents are read
/// ("reviewing 3 of 8 documents…") and replaced by the claim card with its Review section at the end. A run whose inputs were
/// reviewed already (another run got there first) only shows the card.
/// </summary>
public sealed partial class ReviewWorkHandler(
    IClaimReviewStore reviews,
    IPartnerIdentityService partners,
    EvidenceReview review,
    IEvidenceContent content,
    ClaimTurnResolver turns,
    ClaimCommands support,
    ConversationCards cards,
    ILogger<ReviewWorkHandler> logger) : BackgroundWorkHandler<ReviewWork>
{
    protected override BackgroundWorkKind<ReviewWork> WorkKind => ReviewWork.WorkKind;

    protected override async Task<Result<Done, BackgroundWorkDelay>> RunAsync(BackgroundWorkContext<ReviewWork> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var payload = work.Payload;
        var subject = await reviews.LoadAsync(payload.TenantId, payload.ClaimId, cancellationToken);
        if (subject is null)
        {
            if (payload.Address is { } gone)
            {
                await cards.ShowAsync(gone, payload.CardActivityId, EvidenceWorkCards.ClaimGone(UserCulture.FromTag(gone.Locale)), cancellationToken);
            }

            return BackgroundWorkResult.Done;
        }

        if (payload.Address is { } to && payload.CardActivityId is null && !payload.FollowUp)
        {
            // Queued by a typed command: the progress card is this work's own message, remembered so a restart updates it too.
            var sent = await cards.SendAsync(to, ReviewCards.Progress(UserCulture.FromTag(to.Locale), subject.Claim.Title, 1, subject.Claim.Evidence.Count), cancellationToken);
            payload = payload with { CardActivityId = sent };
            await work.CheckpointAsync(payload, cancellationToken);
        }

        var identity = await partners.ForReviewAsync(payload.TenantId, cancellationToken);
        var identityPrint = ReviewInputs.Of(identity);
        var upToDate = string.Equals(subject.ReviewedInputs, subject.Inputs, StringComparison.Ordinal)
            && string.Equals(subject.ReviewedIdentity, identityPrint, StringComparison.Ordinal);
        if ((!upToDate || payload.Force)
            && await ReviewAsync(payload, subject, identity, identityPrint, cancellationToken) is { IsOk: false, Error: ReviewNotSaved.Stale })
        {
            // The claim changed while its documents were read: the result was discarded; this run starts again on the new inputs
            // (with its card, which it still owns).
            return BackgroundWorkResult.Defer(TimeSpan.Zero);
        }

        if (payload.Address is { } address && (payload.CardActivityId is not null || !payload.FollowUp))
        {
            var culture = UserCulture.FromTag(address.Locale);
            var turn = await turns.ResolveAsync(address, cancellationToken);
            var claim = await support.Claims.GetAsync(turn.Caller, payload.ClaimId, cancellationToken);
            await cards.ShowAsync(
                address,
                payload.CardActivityId,
                claim is { IsOk: true, Value: { } view } ? support.ClaimCard(culture, turn, view) : EvidenceWorkCards.ClaimGone(culture),
                cancellationToken);
        }

        return BackgroundWorkResult.Done;
    }

    protected override async Task GiveUpAsync(BackgroundWorkContext<ReviewWork> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        LogGaveUp(logger, work.Payload.ClaimId);
        if (work.Payload.Address is { } address)
        {
            var culture = UserCulture.FromTag(address.Locale);
            var text = BotText.For(culture);
            await cards.ShowAsync(
                address,
                work.Payload.CardActivityId,
                NoticeCard.Create(culture, text[nameof(Strings.ReviewTitle)], text[nameof(Strings.ReviewFailed)], Cards.TextColor.Attention),
                cancellationToken);
        }
    }

    private async Task<Result<Done, ReviewNotSaved>> ReviewAsync(ReviewWork payload, ReviewSubject subject, PartnerIdentity identity, string identityPrint, CancellationToken cancellationToken)
    {
        var claim = subject.Claim;
        var files = claim.Evidence.Select(e => new EvidenceFile(
            e.Id,
            e.Name,
            e.Kind,
            ct => content.OpenAsync(new GraphUserKey(claim.TenantId, e.AddedByObjectId), new EvidenceLocation(e.KeptCopyLocation, e.DriveId, e.ItemId), ct),
            e.Sha256)).ToList();
        var facts = new ClaimFacts(claim.Id, claim.Title, claim.ActivityType, claim.UsageStart, claim.UsageEnd, claim.ActivityDate, claim.Amount, claim.Currency);
        var viewer = payload.Address?.UserObjectId ?? claim.OwnerObjectId;
        await using var progress = new ReviewProgressCard(cards, payload.FollowUp ? null : payload.Address, payload.CardActivityId, claim.Title, files.Count);
        var report = await review.ReviewAsync(
            facts,
            files,
            identity,
            (keys, ct) => reviews.FindOtherClaimsAsync(claim.TenantId, claim.Id, viewer, keys.Sha256s, keys.InvoiceKeys, ct),
            subject.Acceptances,
            progress,
            cancellationToken);
        await progress.DisposeAsync();
        var saved = await reviews.SaveAsync(claim.TenantId, claim.Id, subject.Inputs, identityPrint, report, cancellationToken);
        LogReviewed(logger, claim.Id, files.Count, report.Findings.Count, saved.IsOk ? "Saved" : saved.Error.ToString());
        return saved;
    }

    [LoggerMessage(EventId = 3121, Level = LogLevel.Information, Message = "Evidence review of claim {ClaimId}: {Documents} documents, {Findings} findings ({Saved})")]
    private static partial void LogReviewed(ILogger logger, Guid claimId, int documents, int findings, string saved);

    [LoggerMessage(EventId = 3122, Level = LogLevel.Warning, Message = "Evidence review of claim {ClaimId} given up after its attempts")]
    private static partial void LogGaveUp(ILogger logger, Guid claimId);
}
