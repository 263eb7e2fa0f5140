using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Hosting;
using CoopAssistant.TestKit.Playground;

namespace CoopAssistant.EndToEnd.Tests.Playground;

/// <summary>The built bot host in local mode and the Microsoft 365 Agents Playground chatting with it.</summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    public BotProcess Bot { get; private set; } = null!;

    public AgentsPlayground Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await NodeTools.EnsureInstalledAsync();
        Bot = await BotProcess.StartBuiltAsync(RepoPaths.Root);
        Client = await AgentsPlayground.StartAsync(NodeTools.NodeModules, Bot.MessagesEndpoint);
    }

    public async Task DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }
    }
}
