using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Tokens;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.AddIn;

/// <summary>Without <c>AzureAd:ClientId</c>: a development identity in Development only, nobody anywhere else.</summary>
public sealed class AddInIdentityModeTests
{
    [Fact]
    public async Task InDevelopmentWithoutAzureAd_TheApiAnswersAsTheDevelopmentUser()
    {
        await using var channel = await FakeTeamsChannel.StartAsync("_connector");
        await using var host = new BotHostFactory(channel, settings: new Dictionary<string, string?>
        {
            ["AddIn:Development:DisplayName"] = "Dev Person",
        });
        host.StartServer();
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/api/addin/claims");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Dev Person", body.GetProperty("displayName").GetString());
        var config = await client.GetFromJsonAsync<JsonElement>("/addin/config.json");
        Assert.Equal("", config.GetProperty("clientId").GetString());
    }

    [Fact]
    public async Task OutsideDevelopmentWithoutAzureAd_EveryCallIs401()
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        await using var channel = await FakeTeamsChannel.StartAsync();
        // Authenticated bot (so the host may start outside Development), no AzureAd section, environment Production.
        await using var host = new BotHostFactory(channel, issuer, new Dictionary<string, string?> { [WebHostDefaults.EnvironmentKey] = "Production" });
        host.StartServer();
        Assert.Equal("Production", host.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>().EnvironmentName);
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/api/addin/claims");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
