using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoopAssistant.Bot.Operations;

/// <summary>
/// The bot's own telemetry: a span per turn, and metrics for turns, turn latency and reminders sent
/// (meter and activity source <c>CoopAssistant.Bot</c>; outgoing Graph and Connector calls are covered by HttpClient instrumentation).
/// </summary>
public sealed class BotMetrics
{
    public const string Name = "CoopAssistant.Bot";

    public static readonly ActivitySource Traces = new(Name);

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _reminders;

    public BotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        _turns = meter.CreateCounter<long>("coopassistant.turns", "{turn}", "Activities processed, by type and outcome");
        _turnDuration = meter.CreateHistogram<double>("coopassistant.turn.duration", "ms", "Time to process one activity");
        _reminders = meter.CreateCounter<long>("coopassistant.reminders.sent", "{reminder}", "Reminder and digest cards delivered, by outcome");
    }

    public void Turn(string? activityType, int status, double milliseconds)
    {
        var tags = new TagList { { "activity.type", activityType ?? "unknown" }, { "http.response.status_code", status } };
        _turns.Add(1, tags);
        _turnDuration.Record(milliseconds, tags);
    }

    public void Reminder(string outcome) => _reminders.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
