using System.Globalization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>Updates one progress card in place ("copying n of total files…"), one update at a time and in report order.</summary>
public sealed class CardProgress(TurnContext turn, string activityId, CultureInfo culture) : IProgress<EvidenceCopyProgress>
{
    private readonly Lock _gate = new();
    private Task _last = Task.CompletedTask;

    public void Report(EvidenceCopyProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var card = ChatFileCards.Progress(culture, Math.Min(value.Completed + 1, value.Total), value.Total, value.CurrentFileName).ToActivity();
        lock (_gate)
        {
            _last = _last.ContinueWith(_ => turn.UpdateAsync(activityId, card), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>Waits for the updates sent so far; a failed update is not an error of the attach.</summary>
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
