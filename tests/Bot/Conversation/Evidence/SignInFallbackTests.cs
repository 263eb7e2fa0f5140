using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Graph;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Graph;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>
/// The sign-in fallback end to end, in headless Chromium against the fake Entra: nobody consented to the app's Graph permissions,
/// so Teams SSO ends in 412; the OAuth card's sign-in link, opened the way Teams web opens it (a popup of a Teams page), goes
/// through the host's start page to Entra's authorize endpoint asking consent for the Graph permissions, comes back to the host's
/// redirect page, which redeems the code and reports to Teams with <c>authentication.notifySuccess</c> (teams-js 2.58.0 from the
/// host's bundle, nothing from a CDN); Teams' <c>signin/verifyState</c> with that value completes the sign-in
/// (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/authentication/auth-flow-bot).
/// </summary>
public sealed class SignInFallbackTests(SignInFallbackTests.Fixture fixture) : IClassFixture<SignInFallbackTests.Fixture>
{
    [Fact]
    public async Task WithoutConsent_TheSignInLinkAsksConsent_NotifiesTeams_AndVerifyStateSignsTheUserIn()
    {
        var user = Guid.NewGuid().ToString();
        var conversation = "a:fallback-" + user[..8];
        fixture.Entra.SignInUser = User(user);
        var sso = fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, user);

        var (exchange, _) = await fixture.PostAsync(Invoke("signin/tokenExchange", new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["connectionName"] = "CoopAssistantGraph", ["token"] = sso }, user, conversation));
        Assert.Equal(HttpStatusCode.PreconditionFailed, exchange);

        var signInUrl = await SignInLinkAsync(user, conversation);
        Assert.StartsWith(fixture.HostAddress + "auth/signin/start?state=", signInUrl, StringComparison.Ordinal);

        // The start page sends the window to the authorize endpoint of the user's own tenant.
        using (var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }))
        using (var start = await noRedirect.GetAsync(new Uri(signInUrl)))
        {
            Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
            Assert.Equal($"/{BotHostFactory.TenantId}/oauth2/v2.0/authorize", start.Headers.Location!.AbsolutePath);
        }

        var run = await RunBrowserAsync(signInUrl);

        var result = run.GetProperty("result");
        Assert.True(result.GetProperty("ok").GetBoolean(), run.ToString());
        var verificationCode = result.GetProperty("value").GetString()!;
        Assert.Contains("authentication.authenticate.success", Strings(run.GetProperty("functions")));
        Assert.True(run.GetProperty("popupClosed").GetBoolean(), "teams-js closes the sign-in window after reporting");
        Assert.Equal("You are signed in to Microsoft 365. You can close this window.", run.GetProperty("popupText").GetString());
        var query = fixture.Entra.AuthorizeRequests[^1];
        Assert.Equal(fixture.Entra.ClientId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("consent", query["prompt"]);
        Assert.Equal(fixture.RedirectUri, query["redirect_uri"]);
        Assert.Equal(["https://graph.microsoft.com/Files.ReadWrite.All", "https://graph.microsoft.com/User.ReadBasic.All", "https://graph.microsoft.com/TeamsAppInstallation.ReadWriteSelfForUser", "offline_access", "openid", "profile"], query["scope"].Split(' '));
        Assert.Contains("consent page", Strings(run.GetProperty("steps")));

        Assert.Contains(fixture.Entra.TokenRequests, r => r.GetValueOrDefault("grant_type") == "authorization_code" && r.GetValueOrDefault("redirect_uri") == fixture.RedirectUri);

        var (verified, _) = await fixture.PostAsync(Invoke("signin/verifyState", new JsonObject { ["state"] = verificationCode }, user, conversation));
        Assert.Equal(HttpStatusCode.OK, verified);
        await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == conversation && a.Activity.ToJsonString().Contains("You are signed in to Microsoft 365.", StringComparison.Ordinal)));

        // Consent is given now: the next Teams SSO exchange succeeds without the fallback.
        var (again, _) = await fixture.PostAsync(Invoke("signin/tokenExchange", new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["connectionName"] = "CoopAssistantGraph", ["token"] = sso }, user, conversation));
        Assert.Equal(HttpStatusCode.OK, again);
    }

    [Fact]
    public async Task AVerificationCode_IsGoodOnlyForTheUserWhoSignedIn()
    {
        var user = Guid.NewGuid().ToString();
        var conversation = "a:fallback-other-" + user[..8];
        fixture.Entra.SignInUser = User(user);
        var run = await RunBrowserAsync(await SignInLinkAsync(user, conversation));
        var code = run.GetProperty("result").GetProperty("value").GetString()!;

        var (stolen, _) = await fixture.PostAsync(Invoke("signin/verifyState", new JsonObject { ["state"] = code }, Guid.NewGuid().ToString(), conversation));
        var (forged, _) = await fixture.PostAsync(Invoke("signin/verifyState", new JsonObject { ["state"] = "123456" }, user, conversation));

        Assert.Equal(HttpStatusCode.NotFound, stolen);
        Assert.Equal(HttpStatusCode.NotFound, forged);
    }

    [Fact]
    public async Task AnotherAccountSigningInInTheWindow_IsRefused_AndNothingIsKept()
    {
        var user = Guid.NewGuid().ToString();
        var conversation = "a:fallback-wrong-" + user[..8];
        fixture.Entra.SignInUser = User(Guid.NewGuid().ToString());

        var run = await RunBrowserAsync(await SignInLinkAsync(user, conversation));

        var result = run.GetProperty("result");
        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Equal("WrongAccount", result.GetProperty("value").GetString());
        Assert.StartsWith("You signed in with another account", run.GetProperty("popupText").GetString(), StringComparison.Ordinal);
        await fixture.PostAsync(Message("sign in", user, conversation));
        await SignInLinkAsync(user, conversation, expectedCards: 2);
    }

    [Fact]
    public async Task DecliningConsent_ReportsTheFailureToTeams()
    {
        var user = Guid.NewGuid().ToString();
        var conversation = "a:fallback-decline-" + user[..8];
        fixture.Entra.SignInUser = User(user);
        var run = await RunBrowserAsync(await SignInLinkAsync(user, conversation), declineConsent: true);

        var result = run.GetProperty("result");
        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Equal("access_denied", result.GetProperty("value").GetString());
        Assert.Equal("Sign-in did not complete. Close this window and press Sign in again in the chat.", run.GetProperty("popupText").GetString());
    }

    [Fact]
    public async Task AForgedState_NeverReachesEntra()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(fixture.HostAddress + "auth/signin/start?state=forged"));
        var before = fixture.Entra.AuthorizeRequests.Count;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Sign-in did not complete.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, fixture.Entra.AuthorizeRequests.Count);
    }

    /// <summary>Asks the bot to sign in and returns the OAuth card's sign-in link (the card Teams shows after a 412).</summary>
    private async Task<string> SignInLinkAsync(string user, string conversation, int expectedCards = 1)
    {
        if (expectedCards == 1)
        {
            await fixture.PostAsync(Message("sign in", user, conversation));
        }

        var received = await fixture.Channel.WaitForAsync(r => r.Count(a => a.ConversationId == conversation && HasOAuth(a)) >= expectedCards);
        var card = received.Last(a => a.ConversationId == conversation && HasOAuth(a)).Activity["attachments"]!.AsArray()
            .Single(a => a!["contentType"]!.GetValue<string>() == "application/vnd.microsoft.card.oauth")!["content"]!;
        Assert.Equal("signin", card["buttons"]![0]!["type"]!.GetValue<string>());
        return card["buttons"]![0]!["value"]!.GetValue<string>();

        static bool HasOAuth(ReceivedActivity a) =>
            (a.Activity["attachments"] as JsonArray ?? []).Any(x => x?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.oauth");
    }

    private static FakeEntraUser User(string objectId) => new(BotHostFactory.TenantId, objectId, "user@contoso.com", "Test user");

    private static async Task<JsonElement> RunBrowserAsync(string signInUrl, bool declineConsent = false)
    {
        await NodeTools.EnsureInstalledAsync();
        var file = Path.Combine(Path.GetTempPath(), $"signin-scenario-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, new JsonObject { ["signInUrl"] = signInUrl, ["declineConsent"] = declineConsent }.ToJsonString());
        try
        {
            var result = await NodeTools.RunScriptAsync(Path.Combine("signin", "signin-e2e.js"), arguments: [file], timeout: TimeSpan.FromMinutes(2));
            Assert.True(result.Succeeded, result.ToString());
            var run = JsonDocument.Parse(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last()).RootElement.Clone();
            // Only teams-js's own list of Teams origins (res.cdn.office.net) may be asked for outside loopback (the bundle itself is the
            // host's); that request is refused here, and teams-js falls back to its built-in list. No other error.
            var blocked = Strings(run.GetProperty("blocked"));
            Assert.All(blocked, url => Assert.StartsWith("https://res.cdn.office.net/teams-js/validDomains/", url, StringComparison.Ordinal));
            Assert.DoesNotContain(Strings(run.GetProperty("consoleErrors")), e => !(blocked.Length > 0 && e == "popup: Failed to load resource: net::ERR_FAILED"));
            return run;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private JsonObject Message(string text, string user, string conversation) =>
        WithUser(Activities.Message(fixture.Channel.ServiceUrl, text), user, conversation);

    private JsonObject Invoke(string name, JsonObject value, string user, string conversation) =>
        WithUser(Activities.Base("invoke", fixture.Channel.ServiceUrl, "en-US", null, new JsonObject { ["name"] = name, ["value"] = value }), user, conversation);

    private static JsonObject WithUser(JsonObject activity, string user, string conversation)
    {
        activity["from"]!["aadObjectId"] = user;
        activity["conversation"]!["id"] = conversation;
        return activity;
    }

    /// <summary>A local-mode host on a known loopback port (the redirect URI must be registered before it starts) with Graph
    /// configured against the fake Entra, where no one has consented to the app's Graph permissions.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private BotHostFactory _host = null!;
        private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("coop-dp-keys-");

        public FakeEntraServer Entra { get; private set; } = null!;

        public FakeGraphServer Graph { get; private set; } = null!;

        public FakeTeamsChannel Channel { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public string HostAddress { get; private set; } = null!;

        public string RedirectUri => HostAddress + "auth/signin/end";

        public async Task InitializeAsync()
        {
            Entra = await FakeEntraServer.StartAsync();
            Entra.AdminConsent.Clear();
            Graph = await FakeGraphServer.StartAsync();
            Channel = await FakeTeamsChannel.StartAsync("_connector");
            var port = LoopbackPorts.Free();
            HostAddress = $"http://127.0.0.1:{port}/";
            Entra.WebRedirectUris.Add(RedirectUri);
            _host = new BotHostFactory(
                Channel,
                settings: new Dictionary<string, string?>
                {
                    ["AzureAd:Instance"] = Entra.Instance.AbsoluteUri,
                    ["AzureAd:TenantId"] = "organizations",
                    ["AzureAd:ClientId"] = Entra.ClientId,
                    ["AzureAd:ClientSecret"] = Entra.ClientSecret,
                    ["AzureAd:ApplicationIdUri"] = Entra.ApplicationIdUri,
                    ["AzureAd:OpenIdMetadataUrl"] = Entra.OpenIdMetadataUrl.AbsoluteUri,
                    ["AzureAd:SignInRedirectUri"] = RedirectUri,
                    ["Graph:BaseUrl"] = Graph.BaseUrl.AbsoluteUri,
                },
                services: services =>
                {
                    services.AddHttpClient(GraphHttpClientNames.Entra).ConfigurePrimaryHttpMessageHandler(Entra.CreateTrustingHandler);
                    services.ConfigureAll<JwtBearerOptions>(o => o.BackchannelHttpHandler = Entra.CreateTrustingHandler());
                    services.AddDataProtection().PersistKeysToFileSystem(_keys);
                },
                port: port);
            _host.StartServer();
            Client = new HttpClient { BaseAddress = new Uri(HostAddress) };
        }

        public async Task<(HttpStatusCode Status, string Body)> PostAsync(JsonObject activity)
        {
            using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await Client.PostAsync(new Uri("api/messages", UriKind.Relative), content);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await _host.DisposeAsync();
            await Channel.DisposeAsync();
            await Graph.DisposeAsync();
            await Entra.DisposeAsync();
            _keys.Delete(recursive: true);
        }
    }
}
