using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Graph;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>A host in local mode (evidence kept in the local folder) that may download from loopback, with the fake Graph server
/// handing out the chat files' download links.</summary>
public sealed class ChatFileHostFixture : IAsyncLifetime
{
    /// <summary>The size cap configured for the test host.</summary>
    public const int MaxFileBytes = 4096;

    /// <summary>How long files wait for their claim to be chosen before they are deleted (a day in production).</summary>
    public static readonly TimeSpan IncomingRetention = TimeSpan.FromSeconds(6);

    public FakeTeamsChannel Channel { get; private set; } = null!;

    public BotHostFactory Host { get; private set; } = null!;

    public FakeGraphServer Graph { get; private set; } = null!;

    public ChatFileLinks Files { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Graph = await FakeGraphServer.StartAsync();
        Files = new ChatFileLinks(Graph);
        Channel = await FakeTeamsChannel.StartAsync("_connector");
        Host = new BotHostFactory(Channel, settings: new Dictionary<string, string?>
        {
            ["Evidence:AllowLoopbackDownloads"] = "true",
            ["Evidence:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BackgroundWork:PollInterval"] = "00:00:00.200",
            ["Evidence:IncomingRetention"] = IncomingRetention.ToString(),

            // The review's time budget is measured by the benchmark; here a loaded machine must not cut a small document short.
            ["Review:TimeBudgetPerDocument"] = "00:00:30",
        });
        Host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
