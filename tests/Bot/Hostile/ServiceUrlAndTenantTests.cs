using System.Net;
using CoopAssistant.Protocol.Connector;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Conversations;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>SSRF through <c>serviceUrl</c> and forged tenant ids, with tokens the issuer really signed: refused at the door
/// with 400, no call leaves the host, nothing is stored, and the address is not trusted afterwards.</summary>
public sealed class ServiceUrlAndTenantTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    public static TheoryData<string> HostileServiceUrls =>
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://internal-admin.example/",
        "https://user:secret@smba.trafficmanager.net/amer/",
        "https://smba.trafficmanager.net/amer/?redirect=http://169.254.169.254/",
        "https://smba.trafficmanager.net/amer/#frag",
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/_FLUSHALL",
        "//smba.trafficmanager.net/amer/",
        "smba.trafficmanager.net/amer/",
    ];

    [Theory]
    [MemberData(nameof(HostileServiceUrls))]
    public async Task ASignedTokenForAHostileServiceUrl_IsRefused_AndNothingIsCalledOrStored(string serviceUrl)
    {
        var before = fixture.Channel.Received.Count;
        var conversation = "a:ssrf-" + Guid.NewGuid().ToString("N");
        var activity = Activities.Message(serviceUrl, "help");
        activity["conversation"]!["id"] = conversation;
        var token = fixture.Issuer.CreateToken(fixture.Host.ValidToken() with { ServiceUrl = serviceUrl });

        using var response = await fixture.Host.PostActivityAsync(activity, token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(fixture.Host.Services.GetRequiredService<ServiceUrlTrust>().IsTrusted(serviceUrl));
        Assert.Equal(before, fixture.Channel.Received.Count);
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var reference = await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindAsync(BotHostFactory.TenantId, BotHostFactory.UserObjectId, default);
        Assert.NotEqual(conversation, reference?.ConversationId);
    }

    [Fact]
    public async Task TenantIdsThatDisagree_AreRefused_AndNothingIsStored()
    {
        var before = fixture.Channel.Received.Count;
        var activity = Activities.Message(fixture.Channel.ServiceUrl, "my claims");
        activity["conversation"]!["tenantId"] = "99999999-9999-9999-9999-999999999999";

        using var response = await fixture.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tenant", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, fixture.Channel.Received.Count);
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindAsync("99999999-9999-9999-9999-999999999999", BotHostFactory.UserObjectId, default));
    }
}
