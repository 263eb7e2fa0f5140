using CoopAssistant.Bot.Localization;
using CoopAssistant.Bot.Protocol.Hosting;
using CoopAssistant.Bot.Protocol.Schema;
using CoopAssistant.Claims.Storage;

namespace CoopAssistant.Bot.Conversation.Outage;

/// <summary>Sends the <see cref="StorageOutageCard"/> into the turn's conversation (the Connector needs no database), and words
/// the error a failed card action answers with.</summary>
public sealed class StorageOutageNotifier : ITurnFailureNotifier
{
    public async Task NotifyAsync(TurnContext turn, StorageFailureKind failure)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendAsync(StorageOutageCard.Create(turn.Culture, failure).ToActivity());
    }

    public InvokeResponse CardActionFailed(TurnContext turn, StorageFailureKind failure)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = BotText.For(turn.Culture);
        return failure switch
        {
            StorageFailureKind.Full => CardMessages.Error(500, "StorageFull", text[nameof(Strings.StorageFullText)]),
            StorageFailureKind.Unavailable => CardMessages.Error(500, "StorageUnavailable", text[nameof(Strings.StorageUnavailableText)]),
            _ => CardMessages.Error(500, "TurnFailed", text[nameof(Strings.CardActionFailedText)]),
        };
    }
}
