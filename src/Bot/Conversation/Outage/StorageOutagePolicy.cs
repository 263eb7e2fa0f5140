using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Outage;

/// <summary>
/// The bot's passing failures: its database out of reach or full (<see cref="StorageFailure.Classify"/>). The adapter answers
/// them 503 with Retry-After 5 s and this policy sends the <see cref="StorageOutageCard"/> into the turn's conversation (the
/// Connector needs no database); a failed card action is answered with an error the card shows, worded here.
/// </summary>
public sealed class StorageOutagePolicy : ITurnFailurePolicy
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public TurnFailure? Recognize(Exception exception) => StorageFailure.Classify(exception) switch
    {
        StorageFailureKind.Full => new StorageTurnFailure(StorageFailureKind.Full, "The database's storage is full (free disk space)",
            "Storage is full; nothing was changed. Retry later.", RetryAfter, LogLevel.Critical),
        StorageFailureKind.Unavailable => new StorageTurnFailure(StorageFailureKind.Unavailable, $"The database is unavailable ({exception.GetType().Name})",
            "Storage is unavailable; nothing was changed. Retry later.", RetryAfter, LogLevel.Warning),
        _ => null,
    };

    public async Task NotifyAsync(TurnContext turn, TurnFailure failure)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var kind = failure is StorageTurnFailure storage ? storage.Kind : StorageFailureKind.Unavailable;
        await turn.SendAsync(StorageOutageCard.Create(turn.Culture, kind).ToActivity());
    }

    public InvokeResponse CardActionFailed(TurnContext turn, TurnFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = BotText.For(turn.Culture);
        return (failure as StorageTurnFailure)?.Kind switch
        {
            StorageFailureKind.Full => CardMessages.Error(500, "StorageFull", text[nameof(Strings.StorageFullText)]),
            StorageFailureKind.Unavailable => CardMessages.Error(500, "StorageUnavailable", text[nameof(Strings.StorageUnavailableText)]),
            _ => CardMessages.Error(500, "TurnFailed", text[nameof(Strings.CardActionFailedText)]),
        };
    }
}

/// <summary>A turn that failed because the database was out of reach or full.</summary>
public sealed record StorageTurnFailure(StorageFailureKind Kind, string Reason, string Message, TimeSpan RetryAfter, LogLevel Severity)
    : TurnFailure(Reason, Message, RetryAfter, Severity);
