using CoopAssistant.Bot.Protocol.Connector;
using CoopAssistant.Bot.Protocol.Schema;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Protocol;

/// <summary>Outbound calls through the real Connector client against the fake channel: retries, pacing, trust, routes.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private FakeTeamsChannel _channel = null!;
    private BotHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeTeamsChannel.StartAsync();
        _host = new BotHostFactory(_channel);
        _host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task TooManyRequestsWithRetryAfter_IsRetried_AndDeliveredOnce()
    {
        _channel.EnqueueFaults(ChannelFault.TooManyRequests(TimeSpan.FromSeconds(1)));
        var client = _host.Services.GetRequiredService<ConnectorClient>();
        var started = DateTimeOffset.UtcNow;

        var response = await client.SendToConversationAsync(_channel.ServiceUrl, "a:retry", new Activity { Type = "message", Text = "once" }, default);

        Assert.NotNull(response?.Id);
        Assert.Equal(1, _channel.FaultsServed);
        Assert.Single(_channel.Received, r => r.Text == "once");
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(0.9), "Retry-After: 1 should have been honoured");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task TransientFailure_IsRetried(int status)
    {
        _channel.EnqueueFaults(new ChannelFault(status, "Transient", TimeSpan.Zero));
        var client = _host.Services.GetRequiredService<ConnectorClient>();

        await client.SendToConversationAsync(_channel.ServiceUrl, "a:transient", new Activity { Type = "message", Text = $"after {status}" }, default);

        Assert.Single(_channel.Received, r => r.Text == $"after {status}");
    }

    [Fact]
    public async Task MessageWritesBlocked_IsNotRetried_AndSaysSo()
    {
        _channel.EnqueueFaults(ChannelFault.Blocked(), ChannelFault.Blocked());
        var client = _host.Services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(_channel.ServiceUrl, "a:blocked", new Activity { Type = "message", Text = "blocked" }, default));

        Assert.True(error.IsBlocked);
        Assert.Equal(1, _channel.FaultsServed);
    }

    [Fact]
    public async Task FiftyMessagesToOneConversation_ArePacedWithinTeamsLimits_NoneLost()
    {
        var client = _host.Services.GetRequiredService<ConnectorClient>();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.SendToConversationAsync(_channel.ServiceUrl, "a:burst", new Activity { Type = "message", Text = $"m{i}" }, default)));

        var received = _channel.Received.Where(r => r.ConversationId == "a:burst").ToList();
        Assert.Equal(50, received.Count);
        Assert.Equal(50, received.Select(r => r.Text).Distinct().Count());
        Assert.Empty(_channel.RateLimitViolations());
    }

    [Fact]
    public async Task UntrustedServiceUrl_IsRefused_BeforeAnyRequest()
    {
        var client = _host.Services.GetRequiredService<ConnectorClient>();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            client.SendToConversationAsync("http://169.254.169.254/latest/", "a:x", new Activity { Type = "message" }, default));
        Assert.Empty(_channel.Received);
    }

    [Fact]
    public async Task Ids_AreEscaped_AndEveryRouteWorks_WithOrWithoutTrailingSlash()
    {
        var client = _host.Services.GetRequiredService<ConnectorClient>();
        var conversation = "19:abc/def?x=1#frag";
        var withoutSlash = _channel.ServiceUrl.TrimEnd('/');

        var sent = await client.SendToConversationAsync(withoutSlash, conversation, new Activity { Type = "message", Text = "a" }, default);
        var reply = await client.ReplyToActivityAsync(_channel.ServiceUrl, conversation, sent!.Id!, new Activity { Type = "message", Text = "b" }, default);
        await client.UpdateActivityAsync(_channel.ServiceUrl, conversation, reply!.Id!, new Activity { Type = "message", Text = "c" }, default);
        await client.DeleteActivityAsync(_channel.ServiceUrl, conversation, reply.Id!, default);
        var created = await client.CreateConversationAsync(_channel.ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "t1",
        }, default);
        var member = await client.GetMemberAsync(_channel.ServiceUrl, conversation, "29:user", default);

        Assert.All(_channel.Received.Where(r => r.Method != "CREATE"), r => Assert.Equal(conversation, r.ConversationId));
        Assert.Equal(["POST", "REPLY", "PUT", "DELETE", "CREATE"], _channel.Received.Select(r => r.Method));
        Assert.Equal(sent.Id, _channel.Received[1].ReplyToId);
        Assert.StartsWith("a:", created!.Id, StringComparison.Ordinal);
        Assert.Equal("29:user", member!.Id);
    }
}
