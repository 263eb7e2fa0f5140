using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Services;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>The test user's 1:1 chat with the Graph-connected host of <see cref="SignInHostFixture"/> (or another host of it, through
/// <paramref name="client"/>): sign-in, card actions, raw posts.</summary>
public sealed class GraphChat(SignInHostFixture fixture, string conversationId, HttpClient? client = null)
{
    public string ConversationId => conversationId;

    public static JsonObject ClaimData(ClaimView claim) => new()
    {
        [CardDataKeys.ClaimId] = claim.Id.ToString("D"),
        [CardDataKeys.ClaimVersion] = claim.Version,
    };

    /// <summary>A <c>signin/tokenExchange</c> with a valid SSO token of the test user; asserts 200.</summary>
    public async Task SignInAsync()
    {
        var exchange = Activities.Base("invoke", fixture.Channel.ServiceUrl, "en-US", null, new JsonObject
        {
            ["name"] = "signin/tokenExchange",
            ["value"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["connectionName"] = "CoopAssistantGraph", ["token"] = fixture.Entra.CreateSsoToken(BotHostFactory.TenantId, BotHostFactory.UserObjectId) },
        });
        exchange["conversation"]!["id"] = conversationId;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(exchange)).Status);
    }

    /// <summary>An <c>Action.Execute</c> with <paramref name="verb"/>; asserts 200 and returns the card that replaces the old one.</summary>
    public async Task<JsonObject> InvokeAsync(string verb, JsonObject data)
    {
        data["verb"] = verb;
        var activity = Activities.CardAction(fixture.Channel.ServiceUrl, verb, data);
        activity["conversation"]!["id"] = conversationId;
        var (status, body) = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body!["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    /// <summary>Delivers <paramref name="activity"/> through the fake channel (a turn slower than its turn timeout is answered 504).</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/messages", UriKind.Relative))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        using var response = await fixture.Channel.DeliverAsync(client ?? fixture.Client, request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
