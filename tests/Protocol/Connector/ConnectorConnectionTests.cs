using CoopAssistant.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Protocol.Tests.Connector;

/// <summary>The Connector client keeps one connection pool: no handler swap (and burst of new connections) every 2 minutes.</summary>
public sealed class ConnectorConnectionTests
{
    [Fact]
    public async Task ConnectorClient_KeepsItsHandler_AndRenewsConnectionsByLifetime()
    {
        await using var host = await ProtocolHost.StartAsync();
        var options = host.Services.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(nameof(ConnectorClient));

        Assert.Equal(Timeout.InfiniteTimeSpan, options.HandlerLifetime);
        var builder = new PrimaryHandlerProbe(host.Services);
        foreach (var action in options.HttpMessageHandlerBuilderActions)
        {
            action(builder);
        }

        var sockets = Assert.IsType<SocketsHttpHandler>(builder.PrimaryHandler);
        Assert.Equal(BotProtocolExtensions.ConnectorConnectionLifetime, sockets.PooledConnectionLifetime);
    }

    private sealed class PrimaryHandlerProbe(IServiceProvider services) : HttpMessageHandlerBuilder
    {
        public override string? Name { get; set; } = nameof(ConnectorClient);

        public override HttpMessageHandler PrimaryHandler { get; set; } = new HttpClientHandler();

        public override IList<DelegatingHandler> AdditionalHandlers { get; } = [];

        public override IServiceProvider Services { get; } = services;

        public override HttpMessageHandler Build() => PrimaryHandler;
    }
}
