using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Tokens;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Hosting;

/// <summary>One local token issuer, one fake channel and one authenticated host for a test class.</summary>
public sealed class AuthenticatedHostFixture : IAsyncLifetime
{
    public LocalTokenIssuer Issuer { get; private set; } = null!;

    public FakeTeamsChannel Channel { get; private set; } = null!;

    public BotHostFactory Host { get; private set; } = null!;

    /// <summary>A published key that endorses only <c>webchat</c> (present before the host reads the key set).</summary>
    public SigningKey WebchatOnlyKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await LocalTokenIssuer.StartAsync();
        WebchatOnlyKey = Issuer.AddKey(["webchat"]);
        Channel = await FakeTeamsChannel.StartAsync();
        Host = new BotHostFactory(Channel, Issuer);
        Host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}

/// <summary>One fake channel and one host in local mode (no authentication) for a test class.</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    public FakeTeamsChannel Channel { get; private set; } = null!;

    public BotHostFactory Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await FakeTeamsChannel.StartAsync("_connector");
        Host = new BotHostFactory(Channel);
        Host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
