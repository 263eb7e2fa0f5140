using CoopAssistant.Protocol.Connector;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Protocol.Tests.Adapter;

/// <summary>The typing indicator is best effort: a channel failure or a spent send budget never fails or delays the turn.</summary>
public sealed class TurnContextTests : ChannelAndProtocolHost
{
    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    [InlineData(403)]
    public async Task SendTypingAsync_ChannelFails_IsTriedOnce_AndTheTurnGoesOn(int status)
    {
        Channel.EnqueueTypingFaults(new ChannelFault(status, "Scripted"));
        using var scope = Host.Services.CreateScope();
        var turn = Turn(scope.ServiceProvider, "a:typing-fails");

        await turn.SendTypingAsync();
        await turn.SendAsync(new Activity { Text = "the answer" });

        Assert.Equal(1, Channel.FaultsServed);
        var received = Assert.Single(Channel.Received, r => r.ConversationId == "a:typing-fails");
        Assert.Equal("the answer", received.Text);
    }

    [Fact]
    public async Task SendTypingAsync_ConversationHasNoFreePermit_IsSkipped_NotQueued()
    {
        const string conversation = "a:typing-budget";
        var limiter = Host.Services.GetRequiredService<ConversationRateLimiter>();
        // Spend the 60-per-30-seconds window: no permit is free for this conversation for half a minute.
        for (var i = 0; i < 60; i++)
        {
            using var spent = limiter.AttemptAcquire(conversation);
        }

        using var scope = Host.Services.CreateScope();
        await Turn(scope.ServiceProvider, conversation).SendTypingAsync();

        // Returned, and nothing was sent: a queued indicator would only have returned once delivered.
        Assert.DoesNotContain(Channel.Received, r => r.ConversationId == conversation);
    }

    [Fact]
    public async Task SendTypingAsync_Delivered_IsATypingActivityIntoTheTurnsConversation()
    {
        using var scope = Host.Services.CreateScope();

        await Turn(scope.ServiceProvider, "a:typing-ok").SendTypingAsync();

        var received = Assert.Single(Channel.Received, r => r.ConversationId == "a:typing-ok");
        Assert.Equal("typing", received.Type);
        Assert.Equal(0, Channel.FaultsServed);
    }

    private TurnContext Turn(IServiceProvider services, string conversationId) => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString(),
            ServiceUrl = Channel.ServiceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:user", AadObjectId = "aad-user" },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
            Text = "search invoices",
        },
        services.GetRequiredService<ConnectorClient>(),
        System.Globalization.CultureInfo.GetCultureInfo("en-US"),
        services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<TurnContext>>(),
        CancellationToken.None);
}
