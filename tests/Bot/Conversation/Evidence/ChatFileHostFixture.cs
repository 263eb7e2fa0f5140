using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Channel;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>A host in local mode (evidence kept in the local folder) that may download from loopback, with a file server.</summary>
public sealed class ChatFileHostFixture : IAsyncLifetime
{
    /// <summary>The size cap configured for the test host.</summary>
    public const int MaxFileBytes = 4096;

    public FakeTeamsChannel Channel { get; private set; } = null!;

    public BotHostFactory Host { get; private set; } = null!;

    public LoopbackFileServer Files { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Files = await LoopbackFileServer.StartAsync();
        Channel = await FakeTeamsChannel.StartAsync("_connector");
        Host = new BotHostFactory(Channel, settings: new Dictionary<string, string?>
        {
            ["Evidence:AllowLoopbackDownloads"] = "true",
            ["Evidence:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Files.DisposeAsync();
    }
}
