using CoopAssistant.Claims.Localization;
using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.ClaimCard;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Colleagues;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Services;
using CoopAssistant.Protocol.Connector;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>What happens to a request once sent: the colleague answers (only they may), the owner or an administrator cancels, the
/// owner is told. A request is found only within the caller's tenant.</summary>
public sealed partial class ColleagueRequests(
    ClaimTurnResolver turns,
    IColleagueRequestStore store,
    IClaimService claims,
    ColleagueMessenger messenger,
    IConversationReferenceStore references,
    ClaimCardFactory cardFactory,
    Background.ConversationCards cards,
    TimeProvider time,
    ILogger<ColleagueRequests> logger)
{
    public async Task<AdaptiveCard> AnswerAsync(CommandContext context, string status, string input, string noticeKey)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        var text = BotText.For(culture);
        if (await turns.ResolveAsync(context.Turn) is not { } turn)
        {
            return NoticeCard.Unidentified(culture);
        }

        if (await FindAsync(context, turn.Caller) is not { } request)
        {
            return NoticeCard.NotFound(culture);
        }

        if (request.ColleagueObjectId != turn.Caller.UserObjectId)
        {
            return NoticeCard.Create(culture, text[nameof(Strings.ColleagueAnsweredTitle)], text[nameof(Strings.ColleagueNotYours)], TextColor.Attention);
        }

        var answer = CardData.Text(context.Data, input)?.Trim();
        if (request.IsOpen && string.IsNullOrEmpty(answer))
        {
            return ColleagueRequestCard.Create(culture, request, await ClaimTitleAsync(request, context.CancellationToken));
        }

        if (!request.IsOpen || !await store.CloseAsync(request.TenantId, request.Id, status, Truncate(answer!), time.GetUtcNow(), context.CancellationToken))
        {
            return ColleagueRequestCard.Closed(culture, await store.FindAsync(request.TenantId, request.Id, context.CancellationToken) ?? request);
        }

        await NotifyOwnerAsync(request, noticeKey, Truncate(answer!), context.CancellationToken);
        return NoticeCard.Create(culture, text[nameof(Strings.ColleagueThanksTitle)], text.Format(nameof(Strings.ColleagueThanksBody), CardText.Escape(request.OwnerName)), TextColor.Good);
    }

    /// <summary>The open request the colleague's button names, with the colleague's turn; or the card to answer with instead (not
    /// identified, no such request in their tenant, sent to someone else, answered or cancelled already).</summary>
    public async Task<(ClaimTurn? Turn, ColleagueRequest? Request, AdaptiveCard? Answer)> OpenForColleagueAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        var text = BotText.For(culture);
        if (await turns.ResolveAsync(context.Turn) is not { } turn)
        {
            return (null, null, NoticeCard.Unidentified(culture));
        }

        if (await FindAsync(context, turn.Caller) is not { } request)
        {
            return (turn, null, NoticeCard.NotFound(culture));
        }

        if (request.ColleagueObjectId != turn.Caller.UserObjectId)
        {
            return (turn, null, NoticeCard.Create(culture, text[nameof(Strings.ColleagueAnsweredTitle)], text[nameof(Strings.ColleagueNotYours)], TextColor.Attention));
        }

        return request.IsOpen ? (turn, request, null) : (turn, null, ColleagueRequestCard.Closed(culture, request));
    }

    public async Task<AdaptiveCard> CancelAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        var text = BotText.For(culture);
        if (await turns.ResolveAsync(context.Turn) is not { } turn)
        {
            return NoticeCard.Unidentified(culture);
        }

        if (await FindAsync(context, turn.Caller) is not { } request
            || (request.OwnerObjectId != turn.Caller.UserObjectId && !turn.Caller.IsIncentivesAdministrator))
        {
            return NoticeCard.NotFound(culture);
        }

        if (!await store.CloseAsync(request.TenantId, request.Id, ColleagueRequestStatus.Cancelled, null, time.GetUtcNow(), context.CancellationToken))
        {
            return ColleagueRequestCard.Closed(culture, await store.FindAsync(request.TenantId, request.Id, context.CancellationToken) ?? request);
        }

        return NoticeCard.Create(culture, text[nameof(Strings.ColleagueCancelledTitle)], text.Format(nameof(Strings.ColleagueRequestCancelled), CardText.Escape(request.ColleagueName)));
    }

    /// <summary>
    /// The turn a colleague's files are recorded with: the request's owner, named in the history as "uploaded by {colleague} at
    /// {owner}'s request" (in the owner's language). Nulls when the request is not open or not this colleague's.
    /// </summary>
    public async Task<(ColleagueRequest? Request, ClaimTurn? Turn)> UploadTurnAsync(Background.ConversationAddress address, Guid requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var request = await store.FindAsync(address.TenantId, requestId, cancellationToken);
        if (request is not { IsOpen: true } || request.ColleagueObjectId != address.UserObjectId)
        {
            return (null, null);
        }

        var owner = await references.FindAsync(request.TenantId, request.OwnerObjectId, cancellationToken);
        var text = BotText.For(UserCulture.FromTag(owner?.Locale));
        var actor = text.Format(nameof(Strings.ColleagueHistoryUploaded), request.ColleagueName, request.OwnerName);
        var caller = new ClaimsCaller(request.TenantId, request.OwnerObjectId, actor.Length <= 256 ? actor : actor[..256], false);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return (request, new ClaimTurn(caller, TimeZoneInfo.Utc, today, address.ConversationId, null));
    }

    /// <summary>After a colleague's files were recorded: the request closes as uploaded, the owner gets a short notice and the claim's
    /// card, and the colleague a thank-you that shows nothing else of the claim.</summary>
    public async Task<AdaptiveCard> UploadedAsync(ColleagueRequest request, ClaimView claim, IReadOnlyList<string> recorded, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(recorded);
        var text = BotText.For(culture);
        var names = string.Join(", ", recorded.Select(n => CardText.EscapeTruncated(n, 100)));
        if (recorded.Count == 0)
        {
            return NoticeCard.Create(culture, text[nameof(Strings.EvidenceTitleShort)], text[nameof(Strings.ChatFilesGone)], TextColor.Attention);
        }

        if (await store.CloseAsync(request.TenantId, request.Id, ColleagueRequestStatus.Uploaded, names, time.GetUtcNow(), cancellationToken)
            && await references.FindAsync(request.TenantId, request.OwnerObjectId, cancellationToken) is { } owner)
        {
            var ownerCulture = UserCulture.FromTag(owner.Locale);
            var ownerText = BotText.For(ownerCulture);
            var notice = ownerText.Format(nameof(Strings.ColleagueUploadedNotice), CardText.Escape(request.ColleagueName), AskColleagueCard.ItemText(request, ownerCulture), CardText.Escape(claim.Title), names);
            var ownerTurn = new ClaimTurn(new ClaimsCaller(request.TenantId, request.OwnerObjectId, request.OwnerName, false), TimeZoneInfo.Utc,
                DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), owner.ConversationId, owner.UserId);
            var claimCard = cardFactory.Create(ownerCulture, ownerTurn, claim, [new CardNote(notice, TextColor.Good)]);
            if (await UpdateOwnerCardAsync(request, owner, claimCard, cancellationToken))
            {
                // The card the owner asked from now shows the claim as it is; the short notice says what changed.
                var shortNotice = CardScaffold.Card(
                    ownerCulture,
                    [CardScaffold.Paragraph(notice)],
                    [CardActions.ExecuteForClaim(ownerText[nameof(Strings.ActionOpenClaim)], CardVerbs.ClaimStatus, request.ClaimId, 0)]);
                await messenger.SendAsync(request.TenantId, request.OwnerObjectId, owner, shortNotice, cancellationToken);
            }
            else
            {
                // No card to update (or Teams refused the update: the message was deleted, 404, or may not be edited, 403): a fresh
                // claim card carrying the notice, so the notice is never lost.
                await messenger.SendAsync(request.TenantId, request.OwnerObjectId, owner, claimCard, cancellationToken);
            }
        }

        return NoticeCard.Create(culture, text[nameof(Strings.ColleagueThanksTitle)], text.Format(nameof(Strings.ColleagueUploadedThanks), CardText.Escape(request.OwnerName), names), TextColor.Good);
    }

    /// <summary>Replaces the owner's claim card the request was made from with <paramref name="card"/> (<c>PUT
    /// /v3/conversations/{id}/activities/{activityId}</c>); false when there is none or Teams refused the update.</summary>
    private async Task<bool> UpdateOwnerCardAsync(ColleagueRequest request, ConversationReferenceRecord owner, AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (request.OwnerCard is not { } at)
        {
            return false;
        }

        var address = new Background.ConversationAddress(
            at.ServiceUrl, owner.ChannelId, at.ConversationId, request.TenantId, request.OwnerObjectId, owner.UserId, request.OwnerName, owner.BotId, owner.Locale, owner.TimeZone);
        try
        {
            await cards.UpdateAsync(address, at.ActivityId, card, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException)
        {
            LogOwnerCardNotUpdated(logger, exception is ConnectorException connector ? (int)connector.StatusCode : 0);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The owner's claim card could not be updated in place (HTTP {Status}); a new one is sent")]
    private static partial void LogOwnerCardNotUpdated(ILogger logger, int status);

    /// <summary>A short notice to the request's owner in their 1:1 chat.</summary>
    public async Task NotifyOwnerAsync(ColleagueRequest request, string noticeKey, string detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var owner = await references.FindAsync(request.TenantId, request.OwnerObjectId, cancellationToken);
        if (owner is null)
        {
            return;
        }

        var culture = UserCulture.FromTag(owner.Locale);
        var text = BotText.For(culture);
        var title = await ClaimTitleAsync(request, cancellationToken);
        var card = CardScaffold.Card(
            culture,
            [CardScaffold.Paragraph(text.Format(noticeKey, CardText.Escape(request.ColleagueName), AskColleagueCard.ItemText(request, culture), CardText.Escape(title), CardText.EscapeTruncated(detail, 500)))],
            [CardActions.ExecuteForClaim(text[nameof(Strings.ActionOpenClaim)], CardVerbs.ClaimStatus, request.ClaimId, 0)]);
        await messenger.SendAsync(request.TenantId, request.OwnerObjectId, owner, card, cancellationToken);
    }

    /// <summary>The claim's title, read as its owner (the colleague's card shows it and nothing else of the claim).</summary>
    public async Task<string> ClaimTitleAsync(ColleagueRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await claims.GetAsync(Owner(request), request.ClaimId, cancellationToken);
        return found.Value?.Title ?? string.Empty;
    }

    /// <summary>The request's owner as a caller: what the colleague's files are recorded as (the owner asked for them).</summary>
    public static ClaimsCaller Owner(ColleagueRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ClaimsCaller(request.TenantId, request.OwnerObjectId, request.OwnerName, false);
    }

    private async Task<ColleagueRequest?> FindAsync(CommandContext context, ClaimsCaller caller) =>
        Guid.TryParse(CardData.Text(context.Data, AskColleagueCard.RequestIdKey), out var id)
            ? await store.FindAsync(caller.TenantId, id, context.CancellationToken)
            : null;

    private static string Truncate(string value) => value.Length <= AskColleagueCard.NoteMaxLength ? value : value[..AskColleagueCard.NoteMaxLength];
}
