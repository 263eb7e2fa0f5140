using CoopAssistant.Bot.Protocol.Hosting;
using CoopAssistant.Claims.Storage;

namespace CoopAssistant.Bot.Conversation.Outage;

/// <summary>Sends the <see cref="StorageOutageCard"/> into the turn's conversation (the Connector needs no database).</summary>
public sealed class StorageOutageNotifier : ITurnFailureNotifier
{
    public async Task NotifyAsync(TurnContext turn, StorageFailureKind failure)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendAsync(StorageOutageCard.Create(turn.Culture, failure).ToActivity());
    }
}
