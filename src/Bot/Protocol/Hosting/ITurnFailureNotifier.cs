using CoopAssistant.Bot.Protocol.Schema;
using CoopAssistant.Claims.Storage;

namespace CoopAssistant.Bot.Protocol.Hosting;

/// <summary>Tells the user, in the turn's conversation, that their turn could not be handled.</summary>
public interface ITurnFailureNotifier
{
    /// <summary>A message or other turn failed because storage failed: a "nothing changed, try again" card in the conversation.</summary>
    Task NotifyAsync(TurnContext turn, StorageFailureKind failure);

    /// <summary>
    /// The answer to a card action (<c>adaptiveCard/action</c>) that failed — storage out of reach or full, or an unhandled error
    /// (<see cref="StorageFailureKind.None"/>): HTTP 200 with an <c>application/vnd.microsoft.error</c> body, which Teams shows on the
    /// card (https://learn.microsoft.com/en-us/adaptive-cards/authoring-cards/universal-action-model#response-format). A bare
    /// 500/503 would show only Teams' generic error, and the channel does not redeliver an invoke.
    /// </summary>
    InvokeResponse CardActionFailed(TurnContext turn, StorageFailureKind failure);
}
