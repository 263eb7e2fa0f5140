using System.Net;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Channel;

namespace CoopAssistant.Bot.Tests.Faults;

/// <summary>The Connector answering 429 and 5xx storms to the bot's replies: retried (Retry-After honoured) and delivered
/// once; a storm longer than the retries fails the turn with a 5xx so the channel redelivers, and the redelivery is
/// answered once.</summary>
public sealed class ConnectorStormTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task ReplyThroughA429And5xxStorm_IsDeliveredOnce()
    {
        var served = fixture.Channel.FaultsServed;
        fixture.Channel.EnqueueFaults(ChannelFault.TooManyRequests(TimeSpan.FromSeconds(1)), ChannelFault.ServerError(502), ChannelFault.TooManyRequests(TimeSpan.Zero));
        var activity = Activities.Message(fixture.Channel.ServiceUrl, "help");
        var id = activity["id"]!.GetValue<string>();

        using var response = await fixture.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(served + 3, fixture.Channel.FaultsServed);
        Assert.Single(fixture.Channel.Received, a => a.ReplyToId == id);
    }

    [Fact]
    public async Task AStormLongerThanTheRetries_FailsTheTurnSoTheChannelRedelivers_AndTheRedeliveryIsAnsweredOnce()
    {
        var served = fixture.Channel.FaultsServed;
        fixture.Channel.EnqueueFaults([.. Enumerable.Repeat(ChannelFault.TooManyRequests(TimeSpan.Zero), 5)]);
        var activity = Activities.Message(fixture.Channel.ServiceUrl, "help");
        var id = activity["id"]!.GetValue<string>();

        using (var first = await fixture.Host.PostActivityAsync(activity.DeepClone().AsObject()))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
            Assert.DoesNotContain("TooManyRequests", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(served + 5, fixture.Channel.FaultsServed);
        Assert.DoesNotContain(fixture.Channel.Received, a => a.ReplyToId == id);

        using (var redelivered = await fixture.Host.PostActivityAsync(activity.DeepClone().AsObject()))
        {
            Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        }

        using (var duplicate = await fixture.Host.PostActivityAsync(activity.DeepClone().AsObject()))
        {
            Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        }

        Assert.Single(fixture.Channel.Received, a => a.ReplyToId == id);
    }
}
