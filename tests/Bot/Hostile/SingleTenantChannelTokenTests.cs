using System.Net;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// A single-tenant bot is reached with the same Bot Framework channel token as any other (issuer
/// <c>https://api.botframework.com</c>, a <c>serviceurl</c> claim: https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#connector-to-bot);
/// its tenant only decides where its own outbound token comes from. A token Entra issues for the bot's app id — which any app
/// of the tenant can get, and which never carries <c>serviceurl</c> — is refused at the door.
/// </summary>
public sealed class SingleTenantChannelTokenTests : IAsyncLifetime
{
    private LocalTokenIssuer _issuer = null!;
    private FakeTeamsChannel _channel = null!;
    private BotHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalTokenIssuer.StartAsync();
        _channel = await FakeTeamsChannel.StartAsync();
        _host = new BotHostFactory(_channel, _issuer, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = BotHostFactory.TenantId,
        });
        _host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task ABotFrameworkChannelToken_IsAccepted_AndTheReplyCarriesATokenFromTheBotsOwnTenant()
    {
        using var response = await _host.PostActivityAsync(Activities.Message(_channel.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _channel.WaitForAsync(r => r.Count > 0);
        var outbound = new JsonWebToken(reply[0].Authorization!["Bearer ".Length..]);
        Assert.Equal($"https://sts.windows.net/{BotHostFactory.TenantId}/", outbound.Issuer);
        Assert.Equal(BotHostFactory.TenantId, outbound.GetClaim("tid").Value);
    }

    public static TheoryData<string> EntraTokens => ["v1 app token", "v2 app token"];

    /// <summary>The app-only token shapes Entra issues for the bot's app id (https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference).</summary>
    [Theory]
    [MemberData(nameof(EntraTokens))]
    public async Task AnEntraTokenForTheBotsAppId_FromItsOwnTenant_IsRefused_WithoutReadingEntraKeys(string shape)
    {
        var otherApp = "77777777-7777-7777-7777-777777777777";
        var token = _issuer.CreateToken(shape == "v1 app token"
            ? new TokenRequest
            {
                Audience = BotHostFactory.AppId,
                Issuer = $"https://sts.windows.net/{BotHostFactory.TenantId}/",
                ExtraClaims = new Dictionary<string, object> { ["appid"] = otherApp, ["appidacr"] = "1", ["tid"] = BotHostFactory.TenantId, ["ver"] = "1.0" },
            }
            : new TokenRequest
            {
                Audience = BotHostFactory.AppId,
                Issuer = $"https://login.microsoftonline.com/{BotHostFactory.TenantId}/v2.0",
                ExtraClaims = new Dictionary<string, object> { ["azp"] = otherApp, ["azpacr"] = "1", ["tid"] = BotHostFactory.TenantId, ["ver"] = "2.0" },
            });

        using var response = await _host.PostActivityAsync(Activities.Message(_channel.ServiceUrl, "help"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _issuer.Hits("entra-metadata"));
        await Task.Delay(100);
        Assert.Empty(_channel.Received);
    }
}
