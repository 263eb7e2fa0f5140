using CoopAssistant.Protocol.Connector;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Protocol.Tests.Connector;

/// <summary>Outbound calls through the real Connector client against the fake channel: retries, pacing, trust, routes.</summary>
public sealed class ConnectorClientTests : ChannelAndProtocolHost
{
    [Fact]
    public async Task TooManyRequestsWithRetryAfter_IsRetried_AndDeliveredOnce()
    {
        Channel.EnqueueFaults(ChannelFault.TooManyRequests(TimeSpan.FromSeconds(1)));
        var client = Host.Services.GetRequiredService<ConnectorClient>();
        var started = DateTimeOffset.UtcNow;

        var response = await client.SendToConversationAsync(Channel.ServiceUrl, "a:retry", new Activity { Type = "message", Text = "once" }, default);

        Assert.NotNull(response?.Id);
        Assert.Equal(1, Channel.FaultsServed);
        Assert.Single(Channel.Received, r => r.Text == "once");
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(0.9), "Retry-After: 1 should have been honoured");
    }

    /// <summary>The statuses Teams' retry guidance lists (412, 502, 503, 504; 429 above), in the bodies Teams sends them with.</summary>
    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task TransientFailure_IsRetried(int status)
    {
        Channel.EnqueueFaults(status == 412 ? new ChannelFault(412, "PreconditionFailed", TimeSpan.Zero) : ChannelFault.ServerError(status));
        var client = Host.Services.GetRequiredService<ConnectorClient>();

        await client.SendToConversationAsync(Channel.ServiceUrl, "a:transient", new Activity { Type = "message", Text = $"after {status}" }, default);

        Assert.Single(Channel.Received, r => r.Text == $"after {status}");
    }

    [Fact]
    public async Task ServiceError500_IsNotRetried_AsTeamsRetryGuidanceSays()
    {
        Channel.EnqueueFaults(ChannelFault.ServerError(500));
        var client = Host.Services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(Channel.ServiceUrl, "a:500", new Activity { Type = "message", Text = "after 500" }, default));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("ServiceError", error.ErrorCode);
        Assert.Equal(1, Channel.FaultsServed);
        Assert.DoesNotContain(Channel.Received, r => r.Text == "after 500");
    }

    [Fact]
    public async Task MessageWritesBlocked_InTheDocumentedBody_IsReadFromTheSubCode_NotRetried_AndSaysSo()
    {
        Channel.EnqueueFaults(ChannelFault.Blocked(), ChannelFault.Blocked());
        var client = Host.Services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(Channel.ServiceUrl, "a:blocked", new Activity { Type = "message", Text = "blocked" }, default));

        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
        Assert.True(error.IsBlocked);
        Assert.Equal(1, Channel.FaultsServed);
    }

    [Fact]
    public async Task ConversationBlockedByUser_IsBlocked_AndNotRetried()
    {
        Channel.EnqueueFaults(ChannelFault.ConversationBlockedByUser(), ChannelFault.ConversationBlockedByUser());
        var client = Host.Services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(Channel.ServiceUrl, "a:moderated", new Activity { Type = "message", Text = "moderated" }, default));

        Assert.Equal("ConversationBlockedByUser", error.ErrorCode);
        Assert.True(error.IsBlocked);
        Assert.Equal(1, Channel.FaultsServed);
    }

    [Fact]
    public async Task FiftyMessagesToOneConversation_ArePacedWithinTeamsLimits_NoneLost()
    {
        var client = Host.Services.GetRequiredService<ConnectorClient>();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.SendToConversationAsync(Channel.ServiceUrl, "a:burst", new Activity { Type = "message", Text = $"m{i}" }, default)));

        var received = Channel.Received.Where(r => r.ConversationId == "a:burst").ToList();
        Assert.Equal(50, received.Count);
        Assert.Equal(50, received.Select(r => r.Text).Distinct().Count());
        Assert.Empty(Channel.RateLimitViolations());
    }

    [Fact]
    public async Task UntrustedServiceUrl_IsRefused_BeforeAnyRequest()
    {
        var client = Host.Services.GetRequiredService<ConnectorClient>();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            client.SendToConversationAsync("http://169.254.169.254/latest/", "a:x", new Activity { Type = "message" }, default));
        Assert.Empty(Channel.Received);
    }

    [Fact]
    public async Task Ids_AreEscaped_AndEveryRouteWorks_WithOrWithoutTrailingSlash()
    {
        var client = Host.Services.GetRequiredService<ConnectorClient>();
        var conversation = "19:abc/def?x=1#frag";
        var withoutSlash = Channel.ServiceUrl.TrimEnd('/');

        var sent = await client.SendToConversationAsync(withoutSlash, conversation, new Activity { Type = "message", Text = "a" }, default);
        var reply = await client.ReplyToActivityAsync(Channel.ServiceUrl, conversation, sent!.Id!, new Activity { Type = "message", Text = "b" }, default);
        await client.UpdateActivityAsync(Channel.ServiceUrl, conversation, reply!.Id!, new Activity { Type = "message", Text = "c" }, default);
        await client.DeleteActivityAsync(Channel.ServiceUrl, conversation, reply.Id!, default);
        var created = await client.CreateConversationAsync(Channel.ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "t1",
        }, default);
        var member = await client.GetMemberAsync(Channel.ServiceUrl, conversation, "29:user", default);

        Assert.All(Channel.Received.Where(r => r.Method != "CREATE"), r => Assert.Equal(conversation, r.ConversationId));
        Assert.Equal(["POST", "REPLY", "PUT", "DELETE", "CREATE"], Channel.Received.Select(r => r.Method));
        Assert.Equal(sent.Id, Channel.Received[1].ReplyToId);
        Assert.StartsWith("a:", created!.Id, StringComparison.Ordinal);
        Assert.Equal("29:user", member!.Id);
    }
}
