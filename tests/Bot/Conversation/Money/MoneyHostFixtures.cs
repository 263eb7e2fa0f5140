using CoopAssistant.Bot.Tests.Conversation.Evidence;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Bot.Tests.Reminders;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Graph;
using CoopAssistant.TestKit.Postgres;

namespace CoopAssistant.Bot.Tests.Conversation.Money;

/// <summary>A host in local mode whose chat user is an Incentives administrator, on SQLite or on PostgreSQL; files dropped into
/// the chat are served by the fake Graph server on loopback.</summary>
public abstract class MoneyHostFixture : IAsyncLifetime
{
    public FakeTeamsChannel Channel { get; private set; } = null!;

    public BotHostFactory Host { get; private set; } = null!;

    public FakeGraphServer Graph { get; private set; } = null!;

    public ChatFileLinks Files { get; private set; } = null!;

    protected virtual string? ConnectionString => null;

    public async Task InitializeAsync()
    {
        Graph = await FakeGraphServer.StartAsync();
        Files = new ChatFileLinks(Graph);
        Channel = await FakeTeamsChannel.StartAsync("_connector");
        var settings = new Dictionary<string, string?>
        {
            ["Evidence:AllowLoopbackDownloads"] = "true",
            ["Claims:Administrators:0:TenantId"] = BotHostFactory.TenantId,
            ["Claims:Administrators:0:ObjectId"] = BotHostFactory.UserObjectId,
        };
        if (ConnectionString is { } connection)
        {
            settings["ConnectionStrings:CoopAssistant"] = connection;
        }

        Host = new BotHostFactory(Channel, settings: settings);
        Host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Graph.DisposeAsync();
    }
}

public sealed class SqliteMoneyHost : MoneyHostFixture;

public sealed class PostgresMoneyHost(PostgresServer server) : MoneyHostFixture
{
    private readonly string _connection = server.NewDatabaseConnectionString("money");

    protected override string? ConnectionString => _connection;
}
