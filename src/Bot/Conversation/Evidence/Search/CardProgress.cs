using System.Globalization;
using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>Updates one progress card in place ("copying n of total files…") from background work, one update at a time and
/// in report order; a failed update is not the work's failure.</summary>
public sealed class CardProgress(ConversationCards cards, ConversationAddress address, string activityId, CultureInfo culture, CancellationToken cancellationToken)
    : IProgress<EvidenceCopyProgress>
{
    private readonly Lock _gate = new();
    private Task _last = Task.CompletedTask;

    public void Report(EvidenceCopyProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var card = ChatFileCards.Progress(culture, Math.Min(value.Completed + 1, value.Total), value.Total, value.CurrentFileName);
        lock (_gate)
        {
            _last = _last.ContinueWith(_ => cards.ProgressAsync(address, activityId, card, cancellationToken), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>Waits for the updates sent so far.</summary>
    public async Task DrainAsync()
    {
        Task last;
        lock (_gate)
        {
            last = _last;
        }

        await Task.WhenAny(last);
    }
}
