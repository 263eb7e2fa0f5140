using System.Net;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.TestKit.App.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// Activities from channels other than Teams (issue 19, item 2): the app package installs the bot in Teams only, so an activity
/// whose <c>channelId</c> is not <c>msteams</c> is refused with 403 even when the token is valid and its key endorses that channel
/// (unless <c>Bot:AllowedChannels</c> says otherwise); nothing is sent, stored or trusted.
/// </summary>
public sealed class ChannelIdTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("MSTEAMS ")]
    public async Task ATokenEndorsedForAnotherChannel_IsRefused_AndNothingIsSentOrStored(string channelId)
    {
        var before = fixture.Channel.Received.Count;
        var conversation = "a:channel-" + Guid.NewGuid().ToString("N");
        var activity = Activities.Message(fixture.Channel.ServiceUrl, "help");
        activity["channelId"] = channelId;
        activity["conversation"]!["id"] = conversation;
        activity["from"]!["aadObjectId"] = "channel-" + conversation;
        var token = fixture.Issuer.CreateToken(fixture.Host.ValidToken() with { Key = fixture.WebchatOnlyKey });

        using var response = await fixture.Host.PostActivityAsync(activity, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("msteams", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(100);
        Assert.Equal(before, fixture.Channel.Received.Count);
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindAsync(BotHostFactory.TenantId, "channel-" + conversation, default));
    }

    [Fact]
    public async Task NoChannelId_IsRefused()
    {
        var activity = Activities.Message(fixture.Channel.ServiceUrl, "help");
        activity.Remove("channelId");

        using var response = await fixture.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Teams_IsAccepted()
    {
        using var response = await fixture.Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>Local mode accepts what the Agents Playground sends (<c>msteams</c> or <c>emulator</c>) and nothing else.</summary>
public sealed class LocalModeChannelIdTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    [Theory]
    [InlineData("msteams", HttpStatusCode.OK)]
    [InlineData("emulator", HttpStatusCode.OK)]
    [InlineData("webchat", HttpStatusCode.Forbidden)]
    [InlineData("slack", HttpStatusCode.Forbidden)]
    public async Task LocalMode_AcceptsThePlaygroundsChannels_Only(string channelId, HttpStatusCode expected)
    {
        var activity = Activities.Message(fixture.Channel.ServiceUrl, "help");
        activity["channelId"] = channelId;

        using var response = await fixture.Host.PostActivityAsync(activity);

        Assert.Equal(expected, response.StatusCode);
    }
}

/// <summary><c>Bot:AllowedChannels</c> replaces the default: a host configured for <c>webchat</c> takes it (and no longer Teams).</summary>
public sealed class ConfiguredChannelIdTests : ChannelAndHostWith
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Bot:AllowedChannels:0"] = "webchat" };

    [Fact]
    public async Task AConfiguredChannel_IsAccepted_AndTeamsIsNot()
    {
        var webchat = Activities.Message(Channel.ServiceUrl, "help");
        webchat["channelId"] = "webchat";

        using var accepted = await Host.PostActivityAsync(webchat);
        using var refused = await Host.PostActivityAsync(Activities.Message(Channel.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
