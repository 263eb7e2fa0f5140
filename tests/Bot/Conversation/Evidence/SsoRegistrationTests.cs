using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Tokens;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>
/// One app registration for the bot, the tab and the add-in (application ID URI <c>api://{domain}/botid-{id}</c>,
/// <c>accessTokenAcceptedVersion = 2</c>): every surface accepts exactly the tokens that registration produces — a v2 token whose
/// audience is the client id — and refuses alike every other shape, v1 tokens included
/// (https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims).
/// The tokens come from the fake Entra in the shapes Entra issues; the surfaces are the real host's
/// <c>signin/tokenExchange</c> (bot SSO), <c>/api/tab</c> and <c>/api/addin</c> (Microsoft.Identity.Web).
/// </summary>
public sealed class SsoRegistrationTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    public static TheoryData<string> Surfaces => ["bot signin/tokenExchange", "tab API", "add-in API"];

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task AV2TokenOfTheRegistration_AudienceTheClientId_IsAcceptedOnEverySurface(string surface)
    {
        var user = Guid.NewGuid().ToString();
        var token = fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, user, version: EntraTokenVersion.V2);

        Assert.True(await AcceptsAsync(surface, token, user), $"{surface} refused the registration's v2 token");
    }

    public static TheoryData<string, string> ForeignShapes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var surface in new[] { "bot signin/tokenExchange", "tab API", "add-in API" })
            {
                data.Add("v1 token of a registration left at version 1 (aud = application ID URI)", surface);
                data.Add("v1 token asked for by client id (aud = client id)", surface);
                data.Add("v1 token with aud api://{client id} (the portal's default application ID URI)", surface);
                data.Add("v2 token with aud api://{client id}", surface);
                data.Add("v2 token with aud api://botid-{client id}", surface);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ForeignShapes))]
    public async Task EveryOtherShape_IsRefusedOnEverySurfaceAlike(string shape, string surface)
    {
        var user = Guid.NewGuid().ToString();
        var entra = fixture.Entra;
        var token = shape switch
        {
            "v1 token of a registration left at version 1 (aud = application ID URI)" =>
                entra.CreateSsoToken(BotHostFactory.TenantId, user, version: EntraTokenVersion.V1),
            "v1 token asked for by client id (aud = client id)" =>
                entra.CreateSsoToken(BotHostFactory.TenantId, user, version: EntraTokenVersion.V1, audience: entra.ClientId),
            "v1 token with aud api://{client id} (the portal's default application ID URI)" =>
                entra.CreateSsoToken(BotHostFactory.TenantId, user, version: EntraTokenVersion.V1, audience: $"api://{entra.ClientId}"),
            "v2 token with aud api://{client id}" =>
                entra.CreateSsoToken(BotHostFactory.TenantId, user, audience: $"api://{entra.ClientId}"),
            _ => entra.CreateSsoToken(BotHostFactory.TenantId, user, audience: $"api://botid-{entra.ClientId}"),
        };

        Assert.False(await AcceptsAsync(surface, token, user), $"{surface} accepted a {shape}");
    }

    [Fact]
    public async Task TheOAuthCard_AsksForTheApplicationIdUri_AndTheAddInPaneForItsAccessAsUserScope()
    {
        var user = Guid.NewGuid().ToString();
        var message = Activities.Message(fixture.Channel.ServiceUrl, "sign in");
        message["from"]!["aadObjectId"] = user;
        message["conversation"]!["id"] = "a:sso-registration-card";
        await PostActivityAsync(message);
        var received = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == "a:sso-registration-card" && a.Activity.ToJsonString().Contains("card.oauth", StringComparison.Ordinal)));
        var card = received.Last(a => a.ConversationId == "a:sso-registration-card" && a.Activity.ToJsonString().Contains("card.oauth", StringComparison.Ordinal)).Activity["attachments"]!.AsArray()
            .Single(a => a!["contentType"]!.GetValue<string>() == "application/vnd.microsoft.card.oauth")!["content"]!;
        Assert.Equal(fixture.Entra.ApplicationIdUri, card["tokenExchangeResource"]!["uri"]!.GetValue<string>());

        using var response = await fixture.Client.GetAsync(new Uri("addin/config.json", UriKind.Relative));
        var config = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(fixture.Entra.ClientId, config["clientId"]!.GetValue<string>());
        Assert.Equal(fixture.Entra.ApplicationIdUri + "/access_as_user", config["scope"]!.GetValue<string>());
    }

    /// <summary>True when the surface took the token as the user's: the exchange answered 200, or the API answered 200.</summary>
    private async Task<bool> AcceptsAsync(string surface, string token, string user)
    {
        if (surface == "bot signin/tokenExchange")
        {
            var exchange = Activities.Base("invoke", fixture.Channel.ServiceUrl, "en-US", null, new JsonObject
            {
                ["name"] = "signin/tokenExchange",
                ["value"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["connectionName"] = "CoopAssistantGraph", ["token"] = token },
            });
            exchange["from"]!["aadObjectId"] = user;
            exchange["conversation"]!["id"] = "a:sso-registration-" + user;
            var status = await PostActivityAsync(exchange);
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, $"unexpected {status}");
            return status == HttpStatusCode.OK;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, surface == "tab API" ? "api/tab/claims" : "api/addin/claims");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await fixture.Client.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized, $"unexpected {response.StatusCode}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    private async Task<HttpStatusCode> PostActivityAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await fixture.Client.PostAsync(new Uri("api/messages", UriKind.Relative), content);
        return response.StatusCode;
    }
}
