using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Channel;

namespace CoopAssistant.Bot.Tests.Hosting;

/// <summary>A fresh fake channel and a local-mode host with the deriving class's extra settings, for every test.</summary>
public abstract class ChannelAndHostWith : IAsyncLifetime
{
    protected FakeTeamsChannel Channel { get; private set; } = null!;

    protected BotHostFactory Host { get; private set; } = null!;

    protected abstract IDictionary<string, string?> Settings { get; }

    public async Task InitializeAsync()
    {
        Channel = await FakeTeamsChannel.StartAsync();
        Host = new BotHostFactory(Channel, settings: Settings);
        Host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
