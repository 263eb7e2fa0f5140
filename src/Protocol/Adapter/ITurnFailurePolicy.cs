using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>
/// What the app makes of an exception that escaped a turn (implemented by the app). A failure it recognises as passing
/// (for example its storage out of reach or full) is answered <c>503</c> with <c>Retry-After</c>, so the channel redelivers
/// the activity, and the user is told once per activity; anything else is answered <c>500</c>. A card action
/// (<c>adaptiveCard/action</c>) is the exception: whatever failed, it is answered with <see cref="CardActionFailed"/>.
/// </summary>
public interface ITurnFailurePolicy
{
    /// <summary>The passing failure <paramref name="exception"/> stands for, or null when it is not one.</summary>
    TurnFailure? Recognize(Exception exception);

    /// <summary>Tells the user, in the turn's conversation, that their turn could not be handled (once per activity).</summary>
    Task NotifyAsync(TurnContext turn, TurnFailure failure);

    /// <summary>
    /// The answer to a card action (<c>adaptiveCard/action</c>) that failed — a passing <paramref name="failure"/>, or an
    /// unexpected error when it is null: HTTP 200 with an <c>application/vnd.microsoft.error</c> body, whose message Teams shows
    /// on the card (https://learn.microsoft.com/en-us/adaptive-cards/authoring-cards/universal-action-model#response-format). A
    /// bare 500/503 would show only Teams' generic error, and the channel does not redeliver an invoke; the adapter has forgotten
    /// the activity, so pressing the button again runs it again. No notice is sent to the conversation.
    /// </summary>
    InvokeResponse CardActionFailed(TurnContext turn, TurnFailure? failure);
}

/// <summary>
/// A passing failure: the message of the <c>503</c> body, how long the channel should wait, and how loud the log line is
/// (<paramref name="Reason"/> says what failed, for the log; exception text is never shown to anyone). Apps derive their own
/// kinds to carry what <see cref="ITurnFailurePolicy.NotifyAsync"/> needs.
/// </summary>
public record TurnFailure(string Reason, string Message, TimeSpan RetryAfter, LogLevel Severity);
