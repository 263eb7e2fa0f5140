using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>Teams SSO for Graph: the OAuth card, <c>signin/tokenExchange</c> against the fake Entra server, <c>signin/verifyState</c>.</summary>
public sealed class SignInTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    [Fact]
    public async Task SignIn_WithoutACachedToken_SendsTheOAuthCardWithTheTokenExchangeResource()
    {
        var user = NewUser();
        var (status, _) = await PostAsync(Message("sign in", user, "a:signin-card"));
        Assert.Equal(HttpStatusCode.OK, status);

        var oauth = await OAuthCardAsync("a:signin-card");
        Assert.Equal("CoopAssistantGraph", oauth["connectionName"]!.GetValue<string>());
        Assert.Equal(fixture.Entra.ApplicationIdUri, oauth["tokenExchangeResource"]!["uri"]!.GetValue<string>());
        Assert.True(Guid.TryParse(oauth["tokenExchangeResource"]!["id"]!.GetValue<string>(), out _));
        Assert.Equal("signin", oauth["buttons"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task TokenExchange_WithAValidToken_Answers200_AndTheUserIsSignedIn_AndTheSameIdAgainIs200()
    {
        var user = NewUser();
        var requestsBefore = fixture.Entra.TokenRequests.Count;
        var token = fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, user);
        var exchangeId = Guid.NewGuid().ToString();

        var (status, body) = await PostAsync(Exchange(exchangeId, token, user, "a:signin-ok"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(exchangeId, body!["id"]!.GetValue<string>());
        Assert.Equal(requestsBefore + 1, fixture.Entra.TokenRequests.Count);

        var (again, _) = await PostAsync(Exchange(exchangeId, token, user, "a:signin-ok"));
        Assert.Equal(HttpStatusCode.OK, again);

        var message = Message("sign in", user, "a:signin-ok");
        await PostAsync(message);
        var received = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ReplyToId == message["id"]!.GetValue<string>()));
        var reply = received.Single(a => a.ReplyToId == message["id"]!.GetValue<string>());
        Assert.Contains("You are signed in to Microsoft 365.", reply.Activity.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("card.oauth", reply.Activity.ToJsonString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> BadTokens => ["wrong-audience", "expired", "other-tenant", "another-users-token", "without-the-scope"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task TokenExchange_WithABadToken_Answers412_SendsASignInCard_AndStoresNothing(string kind)
    {
        var user = NewUser();
        var conversation = "a:signin-bad-" + kind;
        var requestsBefore = fixture.Entra.TokenRequests.Count;
        var token = kind switch
        {
            "wrong-audience" => fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, user, audience: "api://botid-someone-else"),
            "expired" => fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, user, expires: DateTimeOffset.UtcNow.AddHours(-2)),
            "other-tenant" => fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, user, issuerTenantId: "99999999-9999-9999-9999-999999999999"),
            // A valid token of someone else (oid ≠ the activity's from.aadObjectId), and one without the app's scope in scp.
            "another-users-token" => fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, NewUser()),
            _ => fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, user, scope: "User.Read"),
        };
        var exchange = Exchange(Guid.NewGuid().ToString(), token, user, conversation);

        var (status, body) = await PostAsync(exchange);

        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(exchange["value"]!["id"]!.GetValue<string>(), body!["id"]!.GetValue<string>());
        Assert.Equal("CoopAssistantGraph", body["connectionName"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["failureDetail"]!.GetValue<string>()));
        Assert.Equal(requestsBefore, fixture.Entra.TokenRequests.Count);
        var received = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == conversation && a.Cards.Any()));
        Assert.Contains("I could not sign you in to Microsoft 365.", received.First(a => a.ConversationId == conversation).Activity.ToJsonString(), StringComparison.Ordinal);

        await PostAsync(Message("sign in", user, conversation));
        await OAuthCardAsync(conversation);
    }

    [Fact]
    public async Task TokenExchange_WhenConsentIsMissing_Answers412_WithTheConsentCard()
    {
        var user = NewUser();
        var conversation = "a:signin-consent";
        fixture.Entra.OboFailure = "consent_required";
        try
        {
            var (status, body) = await PostAsync(Exchange(Guid.NewGuid().ToString(), fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, user), user, conversation));
            Assert.Equal(HttpStatusCode.PreconditionFailed, status);
            Assert.False(string.IsNullOrEmpty(body!["failureDetail"]!.GetValue<string>()));
        }
        finally
        {
            fixture.Entra.OboFailure = null;
        }

        var received = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == conversation && a.Cards.Any()));
        Assert.Contains("needs your consent", received.First(a => a.ConversationId == conversation).Activity.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>A user signed in on Teams desktop, web and mobile: each client sends the same exchange id. When consent is missing
    /// every one of them must get its 412 and show the sign-in fallback (exchange first, de-duplicate second).</summary>
    [Fact]
    public async Task TokenExchange_SameIdFromThreeTeamsClients_WhenConsentIsMissing_EachGets412()
    {
        var user = NewUser();
        var conversation = "a:signin-consent-clients";
        var exchangeId = Guid.NewGuid().ToString();
        var token = fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, user);
        fixture.Entra.OboFailure = "consent_required";
        var statuses = new List<HttpStatusCode>();
        try
        {
            foreach (var client in new[] { "desktop", "web", "mobile" })
            {
                var (status, body) = await PostAsync(Exchange(exchangeId, token, user, conversation));
                statuses.Add(status);
                Assert.Equal(exchangeId, body!["id"]!.GetValue<string>());
            }
        }
        finally
        {
            fixture.Entra.OboFailure = null;
        }

        Assert.Equal([HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionFailed], statuses);

        // Consent given: the next exchange with that id succeeds once; a late client's copy is a 200 duplicate.
        var (after, _) = await PostAsync(Exchange(exchangeId, token, user, conversation));
        var (late, _) = await PostAsync(Exchange(exchangeId, token, user, conversation));
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Equal(HttpStatusCode.OK, late);
    }

    /// <summary>A state the host did not issue (a Bot Framework magic code, a guess) is not a sign-in: 404, as the Bot Framework answers
    /// a code that gives no token, and a card to sign in again (the full flow: <see cref="SignInFallbackTests"/>).</summary>
    [Fact]
    public async Task VerifyState_WithAStateTheHostDidNotIssue_Answers404_AndOffersToSignInAgain()
    {
        var activity = Invoke("signin/verifyState", new JsonObject { ["state"] = "123456" }, NewUser(), "a:signin-verify");
        var (status, _) = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.NotFound, status);
        var received = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == "a:signin-verify" && a.Cards.Any()));
        Assert.Contains("I could not sign you in to Microsoft 365.", received.First(a => a.ConversationId == "a:signin-verify").Activity.ToJsonString(), StringComparison.Ordinal);
    }

    private static string NewUser() => Guid.NewGuid().ToString();

    private async Task<JsonObject> OAuthCardAsync(string conversation)
    {
        var received = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == conversation && HasOAuth(a)));
        return received.Last(a => a.ConversationId == conversation && HasOAuth(a)).Activity["attachments"]!.AsArray()
            .Single(a => a!["contentType"]!.GetValue<string>() == "application/vnd.microsoft.card.oauth")!["content"]!.AsObject();

        static bool HasOAuth(ReceivedActivity a) =>
            (a.Activity["attachments"] as JsonArray ?? []).Any(x => x?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.oauth");
    }

    private JsonObject Message(string text, string user, string conversation) =>
        WithUser(Activities.Message(fixture.Channel.ServiceUrl, text), user, conversation);

    private JsonObject Exchange(string id, string token, string user, string conversation) =>
        Invoke("signin/tokenExchange", new JsonObject { ["id"] = id, ["connectionName"] = "CoopAssistantGraph", ["token"] = token }, user, conversation);

    private JsonObject Invoke(string name, JsonObject value, string user, string conversation) =>
        WithUser(Activities.Base("invoke", fixture.Channel.ServiceUrl, "en-US", null, new JsonObject { ["name"] = name, ["value"] = value }), user, conversation);

    private static JsonObject WithUser(JsonObject activity, string user, string conversation)
    {
        activity["from"]!["aadObjectId"] = user;
        activity["conversation"]!["id"] = conversation;
        return activity;
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await fixture.Client.PostAsync(new Uri("api/messages", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
