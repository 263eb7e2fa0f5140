using System.Diagnostics.Metrics;
using CoopAssistant.Protocol.Adapter;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Protocol.Tests.Adapter;

public sealed class TurnTelemetryTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(429)]
    [InlineData(599)]
    [InlineData(600)]
    [InlineData(-1)]
    public void ATurnsMetrics_CarryItsHttpStatus_AsTheStatusCodeTag(int status)
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var telemetry = new TurnTelemetry(services.GetRequiredService<IMeterFactory>());
        var seen = new List<(string Instrument, object? Status)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == TurnTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => seen.Add((instrument.Name, StatusOf(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => seen.Add((instrument.Name, StatusOf(tags))));
        listener.Start();

        telemetry.Turn("message", status, 1.5);

        Assert.Equal([("coopassistant.turns", (object?)status), ("coopassistant.turn.duration", status)], seen);
    }

    private static object? StatusOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "http.response.status_code")
            {
                return tag.Value;
            }
        }

        return null;
    }
}
