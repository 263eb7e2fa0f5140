using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Hosting;

/// <summary>A bad setting stops the host at start, with a message that names it (options are validated on start).</summary>
public sealed class SettingsValidationTests : IAsyncLifetime
{
    private FakeTeamsChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeTeamsChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Theory]
    [InlineData("Reminders:LocalHour", "25", "LocalHour")]
    [InlineData("BotFramework:MaxActivityBytes", "10", "MaxActivityBytes")]
    [InlineData("ScaleOut:ProcessingLease", "00:00:00", "ProcessingLease")]
    [InlineData("Tab:MaxTimelineClaims", "0", "MaxTimelineClaims")]
    [InlineData("Storage:CheckpointInterval", "02:00:00", "CheckpointInterval")]
    public async Task BadSetting_StopsTheStart_NamingTheSetting(string key, string value, string named)
    {
        await using var host = new BotHostFactory(_channel, settings: new Dictionary<string, string?> { [key] = value });

        var error = Record.Exception(host.StartServer);

        Assert.NotNull(error);
        Assert.True(error.ToString().Contains(named, StringComparison.Ordinal), error.ToString());
    }

    [Fact]
    public async Task DefaultSettings_Start()
    {
        await using var host = new BotHostFactory(_channel);

        host.StartServer();

        using var client = host.CreateClient();
        using var health = await client.GetAsync("/healthz");
        Assert.True(health.IsSuccessStatusCode);
    }
}
