using System.Diagnostics.Metrics;

namespace CoopAssistant.Bot.Operations;

/// <summary>
/// The bot's own metrics: reminders sent (meter <c>CoopAssistant.Bot</c>; turns are the protocol adapter's
/// <see cref="CoopAssistant.Protocol.Adapter.TurnTelemetry"/>; outgoing Graph and Connector calls are covered by HttpClient instrumentation).
/// </summary>
public sealed class BotMetrics
{
    public const string Name = "CoopAssistant.Bot";

    private readonly Counter<long> _reminders;

    public BotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        _reminders = meter.CreateCounter<long>("coopassistant.reminders.sent", "{reminder}", "Reminder and digest cards delivered, by outcome");
    }

    public void Reminder(string outcome) => _reminders.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
