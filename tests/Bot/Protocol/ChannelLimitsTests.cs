using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Protocol.Connector;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Channel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Protocol;

/// <summary>The strict fake channel's limits, as Teams and Azure Bot Service apply them: activity size and turn time.</summary>
public sealed class ChannelLimitsTests : ChannelAndHost
{
    [Fact]
    public async Task AnActivityOver28KB_IsRefusedWith413MessageSizeTooBig_AndNotRetried()
    {
        var client = Host.Services.GetRequiredService<ConnectorClient>();
        var big = new Activity { Type = "message", Text = new string('x', FakeTeamsChannel.MaxActivityBytes) };

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(Channel.ServiceUrl, "a:too-big", big, default));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, error.StatusCode);
        Assert.Equal("MessageSizeTooBig", error.ErrorCode);
        Assert.Equal(1, Channel.RefusedTooLarge);
        Assert.Empty(Channel.Received);

        await client.SendToConversationAsync(Channel.ServiceUrl, "a:too-big", new Activity { Type = "message", Text = "small" }, default);
        Assert.Single(Channel.Received, r => r.Text == "small");
    }

    [Fact]
    public async Task ATurnThatOutlastsTheTurnTimeout_IsAnswered504_AndTheBotSeesItsRequestCancelled()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var slowBot = builder.Build();
        slowBot.MapPost("/api/messages", async (HttpContext http) =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                cancelled.TrySetResult();
            }
        });
        await slowBot.StartAsync();
        var address = slowBot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
        Channel.TurnTimeout = TimeSpan.FromSeconds(1);
        var activity = Activities.Message(Channel.ServiceUrl, "slow");

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        using var response = await Channel.DeliverAsync(http, request);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("GatewayTimeout", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(1, Channel.AbandonedTurns);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
