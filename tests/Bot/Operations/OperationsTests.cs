using System.Diagnostics.Metrics;
using System.Net;
using CoopAssistant.Bot.Operations;
using CoopAssistant.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CoopAssistant.Bot.Tests.Operations;

/// <summary>Liveness, readiness (database and scheduler) and the turn metrics.</summary>
public sealed class OperationsTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task HealthEndpoints_AreHealthy_OnAWorkingHost(string path)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_IsUnhealthy_WhileTheSchedulerIsInStandby_AndHealthyAgainAfter()
    {
        var scheduler = await fixture.Host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        using var client = fixture.Host.CreateClient();
        await scheduler.Standby();
        try
        {
            using var standby = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, standby.StatusCode);
            using var live = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            await scheduler.Start();
        }

        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public void HostingDiagnostics_AreOff_SoARequestGetsNoActivityOrLogScope()
    {
        // ASP.NET Core starts an Activity and a log scope per request while this category logs at any level.
        var logger = fixture.Host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");

        Assert.False(logger.IsEnabled(LogLevel.Critical));
        Assert.True(fixture.Host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Server.Kestrel").IsEnabled(LogLevel.Error));
    }

    [Fact]
    public async Task EveryTurn_IsCounted_WithItsTypeAndStatus()
    {
        var measurements = new List<(string Instrument, string? Type)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CoopAssistant.Protocol.Adapter.TurnTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument, tags));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, tags));
        listener.Start();

        using var response = await fixture.Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        lock (measurements)
        {
            Assert.Contains(("coopassistant.turns", "message"), measurements);
            Assert.Contains(("coopassistant.turn.duration", "message"), measurements);
        }

        void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? type = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "activity.type")
                {
                    type = tag.Value as string;
                }
            }

            lock (measurements)
            {
                measurements.Add((instrument.Name, type));
            }
        }
    }
}
