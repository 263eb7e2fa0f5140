using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Colleagues;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Scheduling.Planning;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>
/// "ask someone" / "pedir a alguém" or the claim card's button (the claim's owner or an Incentives administrator: the card-action
/// guard has checked the claim is theirs to act on): the form, then (<c>step: send</c>) the request stored and sent to the
/// colleague's 1:1 chat. Only a person of the caller's own tenant can be asked (<see cref="IPeopleDirectory"/> finds nobody else).
/// </summary>
public sealed class AskColleagueCommand(
    ClaimCommands support,
    IPeopleDirectory people,
    IColleagueRequestStore requests,
    ColleagueMessenger messenger,
    IConversationReferenceStore references,
    TimeProvider time) : IBotCommand
{
    public string Verb => CardVerbs.ColleagueAsk;

    public IReadOnlyList<string> Phrases { get; } = ["ask someone", "ask a colleague", "pedir a alguem", "pedir a um colega"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var culture = context.Culture;
        var text = BotText.For(culture);
        var lookup = await support.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        var mayAsk = claim.OwnerObjectId == turn.Caller.UserObjectId || turn.Caller.IsIncentivesAdministrator;
        if (!mayAsk || !ClaimLifecycle.IsEditable(claim.Status))
        {
            return support.ClaimCard(culture, turn, claim, new CardNote(ClaimTexts.For(ClaimErrorCode.ClaimNotEditable, culture), TextColor.Attention));
        }

        var values = new AskColleagueCard.Values(
            CardData.Text(context.Data, AskColleagueCard.PersonInput)?.Trim(),
            CardData.Text(context.Data, AskColleagueCard.TypedInput)?.Trim(),
            CardData.Text(context.Data, AskColleagueCard.ItemInput),
            CardData.Text(context.Data, AskColleagueCard.DueInput) ?? InputDate.Format(LocalTime.AddBusinessDays(turn.Today, 5)),
            CardData.Text(context.Data, AskColleagueCard.NoteInput)?.Trim());
        var suggestions = (await people.SearchAsync(turn.Caller, "", PeopleSearchHandler.MaxResults + 1, context.CancellationToken))
            .Where(p => p.ObjectId != turn.Caller.UserObjectId).Take(PeopleSearchHandler.MaxResults).ToList();
        if (CardData.Text(context.Data, AskColleagueCard.StepKey) != AskColleagueCard.SendStep)
        {
            return AskColleagueCard.Form(culture, claim, suggestions, values);
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var typed = string.IsNullOrEmpty(values.Person) ? values.Typed : values.Person;
        KnownPerson? colleague = null;
        if (string.IsNullOrEmpty(typed))
        {
            errors[AskColleagueCard.TypedInput] = text[nameof(Strings.ColleagueErrorPerson)];
        }
        else if (typed.Length > 256 || (colleague = await people.FindAsync(turn.Caller, typed, context.CancellationToken)) is null)
        {
            errors[AskColleagueCard.TypedInput] = text.Format(nameof(Strings.ColleagueErrorNotFound), CardText.EscapeTruncated(typed, 80));
        }
        else if (colleague.ObjectId == turn.Caller.UserObjectId)
        {
            errors[AskColleagueCard.TypedInput] = text[nameof(Strings.ColleagueErrorSelf)];
        }

        if (!Enum.TryParse<EvidenceKind>(values.Item, out var item) || !Enum.IsDefined(item))
        {
            errors[AskColleagueCard.ItemInput] = text[nameof(Strings.FormErrorRequired)];
        }

        var due = CardData.Date(values.Due);
        if (due is null)
        {
            errors[AskColleagueCard.DueInput] = text[nameof(Strings.FormErrorDate)];
        }
        else if (due < turn.Today)
        {
            errors[AskColleagueCard.DueInput] = text[nameof(Strings.ColleagueErrorDuePast)];
        }

        if (values.Note is { Length: > AskColleagueCard.NoteMaxLength })
        {
            errors[AskColleagueCard.NoteInput] = text[nameof(Strings.FormErrorRequired)];
        }

        if (errors.Count > 0 || colleague is null)
        {
            return AskColleagueCard.Form(culture, claim, suggestions, values, errors);
        }

        var via = await references.FindAsync(turn.Caller.TenantId, turn.Caller.UserObjectId, context.CancellationToken);
        if (via is null)
        {
            return NoticeCard.Unidentified(culture);
        }

        var request = await requests.AddAsync(new ColleagueRequest(
            Guid.NewGuid(), turn.Caller.TenantId, claim.Id, turn.Caller.UserObjectId, turn.Caller.DisplayName ?? claim.OwnerDisplayName ?? "",
            colleague.ObjectId, colleague.Name, item.ToString(), string.IsNullOrEmpty(values.Note) ? null : values.Note, ColleagueRequestStatus.Open,
            due!.Value, null, 0, time.GetUtcNow(), null, OwnerCard(context)), context.CancellationToken);
        var colleagueCulture = UserCulture.FromTag(await messenger.LocaleOfAsync(request.TenantId, request.ColleagueObjectId, context.CancellationToken) ?? culture.Name);
        var sent = await messenger.SendAsync(request.TenantId, request.ColleagueObjectId, via, ColleagueRequestCard.Create(colleagueCulture, request, claim.Title), context.CancellationToken);
        if (sent is null)
        {
            await requests.CloseAsync(request.TenantId, request.Id, ColleagueRequestStatus.Cancelled, null, time.GetUtcNow(), context.CancellationToken);
            return NoticeCard.Create(culture, text.Format(nameof(Strings.ColleagueSentTitle), CardText.Escape(colleague.Name)),
                text.Format(nameof(Strings.ColleagueUnreachable), CardText.Escape(colleague.Name)), TextColor.Attention);
        }

        return AskColleagueCard.Sent(culture, claim, request);
    }

    /// <summary>The message the owner pressed the button on (an <c>Action.Execute</c> invoke's <c>replyToId</c>): its card is
    /// updated in place when the colleague's file lands. Null for a typed request or an older client's <c>Action.Submit</c>
    /// (whose answer is a new message), and for ids longer than any Teams sends.</summary>
    private static ColleagueOwnerCard? OwnerCard(CommandContext context)
    {
        var activity = context.Turn.Activity;
        return string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase)
            && activity is { ReplyToId: { Length: > 0 and <= 512 } activityId, ServiceUrl: { Length: > 0 and <= 2048 } serviceUrl, Conversation.Id: { Length: > 0 and <= 512 } conversationId }
                ? new ColleagueOwnerCard(serviceUrl, conversationId, activityId)
                : null;
    }
}
