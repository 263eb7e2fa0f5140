using CoopAssistant.Claims.Localization;
using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Documents.Review;

namespace CoopAssistant.Bot.Conversation.Review;

/// <summary>
/// The review's progress on its card ("reviewing 3 of 8 documents…"): each report is shown in order, one update at a time,
/// and a report that arrives while an update is on its way replaces any older one still waiting (the card never goes
/// backwards, and a fast review does not queue one update per document). Best effort, like every progress update.
/// </summary>
internal sealed class ReviewProgressCard(ConversationCards cards, ConversationAddress? address, string? activityId, string title, int total)
    : IProgress<ReviewProgress>, IAsyncDisposable
{
    private readonly Lock gate = new();
    private Task chain = Task.CompletedTask;
    private int shown;
    private int latest;

    public void Report(ReviewProgress value)
    {
        if (address is null || activityId is null)
        {
            return;
        }

        lock (gate)
        {
            if (value.Done <= latest)
            {
                return;
            }

            latest = value.Done;
            chain = chain.ContinueWith(_ => ShowLatestAsync(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task last;
        lock (gate)
        {
            last = chain;
        }

        await last.ConfigureAwait(false);
    }

    private async Task ShowLatestAsync()
    {
        int next;
        lock (gate)
        {
            next = latest;
        }

        // The document being read now is the one after those done (the last report says all are done).
        var current = Math.Min(next + 1, total);
        if (current <= shown)
        {
            return;
        }

        shown = current;
        var culture = UserCulture.FromTag(address!.Locale);
        await cards.ProgressAsync(address, activityId, ReviewCards.Progress(culture, title, current, total), CancellationToken.None).ConfigureAwait(false);
    }
}
