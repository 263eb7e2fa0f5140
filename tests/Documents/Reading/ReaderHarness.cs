using CoopAssistant.Claims.Review;
using CoopAssistant.Documents.Reading;
using CoopAssistant.Documents.Review;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Documents.Tests.Reading;

/// <summary>A reader and a review with given limits.</summary>
internal static class ReaderHarness
{
    /// <summary>The default limits, except a time budget long enough that a machine shared with other test runs never cuts a
    /// read short; the tests of the time budget set their own clock.</summary>
    public static ReviewOptions Limits() => new() { TimeBudgetPerDocument = TimeSpan.FromMinutes(2) };

    public static DocumentReader Reader(ReviewOptions? options = null, TimeProvider? time = null) =>
        new(Options.Create(options ?? Limits()), time ?? TimeProvider.System, NullLogger<DocumentReader>.Instance);

    public static EvidenceReview Review(ReviewOptions? options = null, TimeProvider? time = null) =>
        new(Reader(options, time), new ClaimReviewer(), Options.Create(options ?? Limits()));

    /// <summary>A wrapper that fails the test instead of hanging when a read does not return.</summary>
    public static async Task<DocumentReading> ReadWithin(DocumentReader reader, byte[] content, string name, TimeSpan limit)
    {
        var read = Task.Run(() => reader.Read(content, name));
        return await read.WaitAsync(limit);
    }
}

/// <summary>A clock whose every timer has already fired: the time budget is spent before reading starts.</summary>
internal sealed class ExpiredTimeProvider : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        callback(state);
        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
