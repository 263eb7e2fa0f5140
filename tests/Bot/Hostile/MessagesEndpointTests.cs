using System.Net;
using System.Text;
using CoopAssistant.Bot.Tests.Hosting;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>The adapter's HTTP contract: verbs, content types, sizes, malformed bodies, unknown types, redelivery.</summary>
public sealed class MessagesEndpointTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task Get_Returns405()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync("/api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task MalformedJson_Returns400_AndSendsNothing()
    {
        var before = fixture.Channel.Received.Count;
        using var response = await PostRawAsync("{\"type\":\"message\",", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, fixture.Channel.Received.Count);
    }

    [Fact]
    public async Task JsonThatIsNotAnActivity_Returns400()
    {
        using var response = await PostRawAsync("[1,2,3]", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var noType = await PostRawAsync("{\"text\":\"hi\"}", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
    }

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "nesting 10,000 deep", new string('[', 10_000) + new string(']', 10_000) },
        { "conversation is a string", "{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":\"a:1\"}" },
        { "type is an object", "{\"type\":{\"x\":1},\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":{\"id\":\"a:1\"}}" },
        { "lone surrogate escape", "{\"type\":\"message\",\"text\":\"\uFFFD\ud800\"}" },
        { "empty body", "" },
        { "null", "null" },
        { "trailing garbage", "{\"type\":\"message\"} {\"type\":\"message\"}" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task AMalformedBody_Returns400_AndSendsNothing(string name, string body)
    {
        var before = fixture.Channel.Received.Count;
        using var response = await PostRawAsync(body, "application/json");
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {response.StatusCode}");
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, fixture.Channel.Received.Count);
    }

    [Fact]
    public async Task NonJsonContentType_Returns415()
    {
        using var response = await PostRawAsync(Activities.Message(fixture.Channel.ServiceUrl, "help").ToJsonString(), "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task BodyOf300KB_Returns413_AndSendsNothing()
    {
        var before = fixture.Channel.Received.Count;
        var activity = Activities.Message(fixture.Channel.ServiceUrl, new string('x', 300 * 1024));
        using var response = await PostRawAsync(activity.ToJsonString(), "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, fixture.Channel.Received.Count);
    }

    [Fact]
    public async Task ChunkedBodyOver256KB_Returns413()
    {
        using var client = fixture.Host.CreateClient();
        var bytes = Encoding.UTF8.GetBytes(Activities.Message(fixture.Channel.ServiceUrl, new string('y', 300 * 1024)).ToJsonString());
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_Returns200_AndIsIgnored()
    {
        var before = fixture.Channel.Received.Count;
        var activity = Activities.Base("somethingNew", fixture.Channel.ServiceUrl, "en-US", null, []);
        using var response = await fixture.Host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(100);
        Assert.Equal(before, fixture.Channel.Received.Count);
    }

    [Fact]
    public async Task DuplicateActivity_IsProcessedOnce()
    {
        var id = Guid.NewGuid().ToString();
        var before = fixture.Channel.Received.Count(r => r.Type == "message");
        using (var first = await fixture.Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, "help", id: id)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var second = await fixture.Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, "help", id: id)))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        await Task.Delay(200);
        Assert.Equal(before + 1, fixture.Channel.Received.Count(r => r.Type == "message"));
    }

    [Fact]
    public async Task LocalMode_RefusesANonLoopbackServiceUrl()
    {
        using var response = await fixture.Host.PostActivityAsync(Activities.Message("https://smba.trafficmanager.net/amer/", "help"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostRawAsync(string body, string contentType)
    {
        using var client = fixture.Host.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        return await client.PostAsync("/api/messages", content);
    }
}
