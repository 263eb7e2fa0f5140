using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>
/// The adapter's telemetry: a span per turn, and metrics for turns and turn latency by activity type and HTTP status (meter and
/// activity source <c>CoopAssistant.Protocol</c>: a host exports them by adding that name to its tracing and metrics).
/// </summary>
public sealed class TurnTelemetry
{
    public const string Name = "CoopAssistant.Protocol";

    public static readonly ActivitySource Traces = new(Name);

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;

    /// <summary>Every HTTP status code boxed once, so a turn's metric tags box nothing.</summary>
    private static readonly object[] BoxedStatuses = [.. Enumerable.Range(0, 600).Select(code => (object)code)];

    public TurnTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        _turns = meter.CreateCounter<long>("coopassistant.turns", "{turn}", "Activities processed, by type and outcome");
        _turnDuration = meter.CreateHistogram<double>("coopassistant.turn.duration", "ms", "Time to process one activity");
    }

    public void Turn(string? activityType, int status, double milliseconds)
    {
        // Nothing listens unless a metrics exporter is configured: then no tags are built (the status would be boxed per turn).
        if (!_turns.Enabled && !_turnDuration.Enabled)
        {
            return;
        }

        var tags = new TagList { { "activity.type", activityType ?? "unknown" }, { "http.response.status_code", BoxedStatus(status) } };
        _turns.Add(1, tags);
        _turnDuration.Record(milliseconds, tags);
    }

    private static object BoxedStatus(int status) => (uint)status < BoxedStatuses.Length ? BoxedStatuses[status] : status;
}
