using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.TestKit.AzureOpenAI;
using CoopAssistant.TestKit.Hosting;
using CoopAssistant.TestKit.Tokens;

namespace CoopAssistant.Bot.Tests.Answers.Generative;

/// <summary>The fake Azure OpenAI refuses what the service refuses (tests/TestKit/README.md), so the app's tests cannot pass on a request the service would reject.</summary>
public sealed class FakeAzureOpenAIServerTests : IAsyncLifetime
{
    private const string Messages = """{"messages":[{"role":"user","content":"hi"}]}""";

    private FakeAzureOpenAIServer fake = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeAzureOpenAIServer.StartAsync();
        client = new HttpClient(fake.TrustingHandler()) { BaseAddress = fake.Endpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await fake.DisposeWithinAsync(TimeSpan.FromSeconds(30), "fake Azure OpenAI");
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string path, string body, Action<HttpRequestHeaders>? authenticate = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        (authenticate ?? (h => h.Add("api-key", "fake-key-1")))(request.Headers);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Fact]
    public async Task The_dated_path_needs_an_api_version_and_then_answers_a_chat_completion()
    {
        fake.Model = _ => FakeModelReply.Say("3");

        var missing = await PostAsync("openai/deployments/chat/chat/completions", Messages);
        var dated = await PostAsync("openai/deployments/chat/chat/completions?api-version=2024-10-21", Messages);

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("MissingApiVersionParameter", missing.Body!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, dated.Status);
        Assert.Equal("chat.completion", dated.Body!["object"]!.GetValue<string>());
        Assert.Equal("3", dated.Body["choices"]![0]!["message"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_deployment_a_body_without_messages_and_a_missing_key_are_refused()
    {
        var unknown = await PostAsync("openai/v1/chat/completions", """{"model":"other","messages":[{"role":"user","content":"hi"}]}""");
        var noMessages = await PostAsync("openai/v1/chat/completions", """{"model":"chat","messages":[]}""");
        var noKey = await PostAsync("openai/v1/chat/completions", """{"model":"chat","messages":[{"role":"user","content":"hi"}]}""", _ => { });
        var keyAsBearerOnDatedPath = await PostAsync("openai/deployments/chat/chat/completions?api-version=2024-10-21", Messages, h => h.Authorization = new AuthenticationHeaderValue("Bearer", "fake-key-1"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("DeploymentNotFound", unknown.Body!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, noMessages.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, keyAsBearerOnDatedPath.Status);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task An_entra_token_for_another_audience_is_refused()
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        var graph = issuer.CreateToken(new TokenRequest { Audience = "https://graph.microsoft.com" });
        var openAI = issuer.CreateToken(new TokenRequest { Audience = FakeAzureOpenAIServer.EntraAudience });

        var refused = await PostAsync("openai/v1/chat/completions", """{"model":"chat","messages":[{"role":"user","content":"hi"}]}""", h => h.Authorization = new AuthenticationHeaderValue("Bearer", graph));
        var accepted = await PostAsync("openai/v1/chat/completions", """{"model":"chat","messages":[{"role":"user","content":"hi"}]}""", h => h.Authorization = new AuthenticationHeaderValue("Bearer", openAI));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal(FakeAuthentication.EntraToken, Assert.Single(fake.Requests).Authentication);
    }

    [Fact]
    public async Task A_throttled_request_carries_retry_after()
    {
        fake.Model = _ => FakeModelReply.Throttled(retryAfterSeconds: 7);
        using var request = new HttpRequestMessage(HttpMethod.Post, "openai/v1/chat/completions")
        {
            Content = new StringContent("""{"model":"chat","messages":[{"role":"user","content":"hi"}]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("api-key", "fake-key-1");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }
}
