using CoopAssistant.Protocol.Authentication;
using CoopAssistant.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Protocol.Tests.Connector;

/// <summary>The service URLs the bot may call: each URL's parse is kept, and the answers stay what the rules say however often
/// the same text is asked about.</summary>
public sealed class ServiceUrlTrustTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("http://127.0.0.1:3978/amer/", true)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://user:pass@smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/?x=1", false)]
    [InlineData("https://smba.trafficmanager.net/amer/#x", false)]
    [InlineData("/amer/", false)]
    [InlineData("not a url", false)]
    public void Accepts_GivesTheSameAnswerAsIsWellFormed_EveryTimeTheSameUrlIsAsked(string url, bool wellFormed)
    {
        var trust = Trust(appId: "app");

        Assert.Equal(wellFormed, ServiceUrlTrust.IsWellFormed(url));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(wellFormed, trust.Accepts(url));
        }
    }

    [Fact]
    public void IsTrusted_IsFalse_UntilTheUrlCameWithAValidatedToken_ThenTrueWhateverItsCaseOrTrailingSlash()
    {
        var trust = Trust(appId: "app");
        var url = "https://evil.example/amer/";

        Assert.False(trust.IsTrusted(url));
        Assert.False(trust.IsTrusted(url));
        trust.Trust(url);

        Assert.True(trust.IsTrusted(url));
        Assert.True(trust.IsTrusted("https://EVIL.example/amer"));
        Assert.False(trust.IsTrusted("https://evil.example/emea/"));
        Assert.False(trust.IsTrusted("https://evil.example/amer/?x=1"));
    }

    [Fact]
    public void IsTrusted_IsTrue_ForAConfiguredChannelHostOverHttpsOnly()
    {
        var trust = Trust(appId: "app");

        Assert.True(trust.IsTrusted("https://smba.trafficmanager.net/amer/"));
        Assert.False(trust.IsTrusted("http://smba.trafficmanager.net/amer/"));
        Assert.False(trust.IsTrusted(null));
    }

    [Fact]
    public void IsTrusted_InLocalMode_IsTrueForLoopbackOnly_EvenAfterAnotherUrlWasTrusted()
    {
        var trust = Trust(appId: null);
        trust.Trust("https://smba.trafficmanager.net/amer/");

        Assert.True(trust.IsTrusted("http://127.0.0.1:3978/"));
        Assert.True(trust.IsTrusted("http://localhost:3978/"));
        Assert.True(trust.IsTrusted("http://[::1]:3978/"));
        Assert.False(trust.IsTrusted("https://smba.trafficmanager.net/amer/"));
    }

    private static ServiceUrlTrust Trust(string? appId) =>
        new(Options.Create(new BotOptions { MicrosoftAppId = appId }), Options.Create(new BotFrameworkOptions()));
}
