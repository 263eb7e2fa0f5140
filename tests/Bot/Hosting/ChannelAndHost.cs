using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Hosting;

/// <summary>A fresh fake channel and a local-mode bot host on it for every test of the deriving class.</summary>
public abstract class ChannelAndHost : IAsyncLifetime
{
    protected FakeTeamsChannel Channel { get; private set; } = null!;

    protected BotHostFactory Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await FakeTeamsChannel.StartAsync();
        Host = new BotHostFactory(Channel);
        Host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
