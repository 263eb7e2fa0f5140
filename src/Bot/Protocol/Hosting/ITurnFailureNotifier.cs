using CoopAssistant.Claims.Storage;

namespace CoopAssistant.Bot.Protocol.Hosting;

/// <summary>Tells the user, in the turn's conversation, that their turn could not be handled because storage failed.</summary>
public interface ITurnFailureNotifier
{
    Task NotifyAsync(TurnContext turn, StorageFailureKind failure);
}
