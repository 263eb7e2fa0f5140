using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Colleagues;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>The colleague's "I don't have it" (a reason required): the request is closed and its owner told why.</summary>
public sealed class DeclineColleagueRequestCommand(ColleagueRequests requests) : IBotCommand
{
    public string Verb => CardVerbs.ColleagueDecline;

    public IReadOnlyList<string> Phrases { get; } = [];

    public Task<AdaptiveCard> ExecuteAsync(CommandContext context) =>
        requests.AnswerAsync(context, ColleagueRequestStatus.Declined, ColleagueRequestCard.ReasonInput, nameof(Strings.ColleagueDeclinedNotice));
}

/// <summary>The colleague's "ask someone else" (whom they suggest): the request is closed and its owner told whom to ask.</summary>
public sealed class RedirectColleagueRequestCommand(ColleagueRequests requests) : IBotCommand
{
    public string Verb => CardVerbs.ColleagueElsewhere;

    public IReadOnlyList<string> Phrases { get; } = [];

    public Task<AdaptiveCard> ExecuteAsync(CommandContext context) =>
        requests.AnswerAsync(context, ColleagueRequestStatus.Redirected, ColleagueRequestCard.SuggestInput, nameof(Strings.ColleagueRedirectedNotice));
}

/// <summary>The owner's (or an administrator's) "cancel request": the request is closed; its follow-ups stop and the colleague's
/// buttons answer "this request was cancelled".</summary>
public sealed class CancelColleagueRequestCommand(ColleagueRequests requests) : IBotCommand
{
    public string Verb => CardVerbs.ColleagueCancel;

    public IReadOnlyList<string> Phrases { get; } = [];

    public Task<AdaptiveCard> ExecuteAsync(CommandContext context) => requests.CancelAsync(context);
}
