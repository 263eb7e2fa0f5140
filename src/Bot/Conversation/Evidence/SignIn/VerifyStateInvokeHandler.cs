using System.Text.Json;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Graph.Tokens;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Bot.Conversation.Evidence.SignIn;

/// <summary>
/// <c>signin/verifyState</c> (<c>value {state}</c>): Teams sends it when the sign-in fallback's last page called
/// <c>authentication.notifySuccess(state)</c> (https://learn.microsoft.com/en-us/dotnet/api/microsoft.bot.schema.teams.signinstateverificationquery.state).
/// The state is the verification code of <see cref="SignInLinks"/>: when it names this turn's user and that user now has a
/// Graph token, the sign-in is complete — 200, a "signed in" note, and the files that waited are kept. Otherwise 404, as the
/// Bot Framework answers a code that will not turn into a token, and a card offering to sign in again.
/// </summary>
public sealed partial class VerifyStateInvokeHandler(SignInLinks links, IGraphTokenService tokens, ChatFileHandoff delivery, ILogger<VerifyStateInvokeHandler> logger) : IActivityHandler
{
    public const string Name = "signin/verifyState";

    public string ActivityType => ActivityTypes.Invoke;

    public string? InvokeName => Name;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var state = turn.Activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("state", out var s) && s.ValueKind == JsonValueKind.String
            ? s.GetString()
            : null;
        var user = GraphSignIn.UserOf(turn.Activity);
        var signedIn = links.ReadVerificationCode(state);
        var text = BotText.For(turn.Culture);
        if (user is null || signedIn is null || signedIn != user || await tokens.GetAccessTokenAsync(user, turn.CancellationToken) is null)
        {
            LogNotVerified(logger, user is null ? "no user" : signedIn is null ? "unreadable or expired code" : signedIn != user ? "another user's code" : "no token");
            var card = NoticeCard.Create(turn.Culture, text[nameof(Strings.SignInTitle)], text[nameof(Strings.SignInFailed)], TextColor.Attention)
                with { Actions = [CardActions.Execute(text[nameof(Strings.ActionSignIn)], CardVerbs.EvidenceSignIn)] };
            await turn.SendAsync(card.ToActivity());
            return new InvokeResponse(StatusCodes.Status404NotFound);
        }

        await turn.SendAsync(NoticeCard.Create(turn.Culture, text[nameof(Strings.SignInTitle)], text[nameof(Strings.SignInAlready)], TextColor.Good).ToActivity());
        await delivery.ResumeAfterSignInAsync(turn);
        return InvokeResponse.Ok();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "signin/verifyState refused: {Reason}")]
    private static partial void LogNotVerified(ILogger logger, string reason);
}
