using System.Net;
using System.Text;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Protocol;
using CoopAssistant.TestKit.Channel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// Local mode has no authentication, so it must be unreachable from elsewhere (issue 19, item 8): the start fails when Kestrel
/// bound a non-loopback address (whatever configured it), a request from a non-loopback address or for another host name (DNS
/// rebinding) is refused, and only <c>application/json</c> and <c>application/*+json</c> bodies are read.
/// </summary>
public sealed class LocalModeTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    [Theory]
    [InlineData("attacker.example")]
    [InlineData("localhost.attacker.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("10.0.0.5")]
    public async Task AnUnexpectedHostHeader_IsRefused_AndNothingIsSent(string host)
    {
        var before = fixture.Channel.Received.Count;
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activities.Message(fixture.Channel.ServiceUrl, "help").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = host + ":3978";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Host", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(100);
        Assert.Equal(before, fixture.Channel.Received.Count);
    }

    [Fact]
    public async Task TheBrowserPages_AreRefusedForAnotherHostToo()
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tab/claims");
        request.Headers.Host = "attacker.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost:3978")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]:3978")]
    public async Task LoopbackHostNames_AreAccepted(string host)
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activities.Message(fixture.Channel.ServiceUrl, "help").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("192.0.2.10", StatusCodes.Status403Forbidden)]
    [InlineData("10.1.2.3", StatusCodes.Status403Forbidden)]
    [InlineData("::ffff:203.0.113.5", StatusCodes.Status403Forbidden)]
    [InlineData("127.0.0.1", 0)]
    [InlineData("::1", 0)]
    public void ARemoteAddress_IsAdmittedOnlyWhenLoopback(string address, int expected)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        http.Request.Host = new HostString("localhost", 3978);

        Assert.Equal(expected, LocalModeGuard.Refusal(http)?.Status ?? 0);
    }

    [Theory]
    [InlineData("application/jsonp")]
    [InlineData("application/json-seq")]
    [InlineData("text/plain; x=+json")]
    [InlineData("text/html+json")]
    [InlineData("application/+json")]
    [InlineData("multipart/form-data; boundary=+json")]
    public async Task AContentTypeThatOnlyLooksLikeJson_Returns415(string contentType)
    {
        var before = fixture.Channel.Received.Count;
        using var client = fixture.Host.CreateClient();
        using var content = new StringContent(Activities.Message(fixture.Channel.ServiceUrl, "help").ToJsonString(), Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(before, fixture.Channel.Received.Count);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("APPLICATION/JSON")]
    [InlineData("application/vnd.activity+json")]
    public async Task JsonContentTypes_AreRead(string contentType)
    {
        using var client = fixture.Host.CreateClient();
        using var content = new StringContent(Activities.Message(fixture.Channel.ServiceUrl, "help").ToJsonString(), Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LocalModeBoundToANonLoopbackAddress_DoesNotStart()
    {
        // An endpoint configured in code (or Kestrel:Endpoints) is not the urls setting LocalMode.Apply reads: what Kestrel
        // actually bound is checked once it has started, and the start fails.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Logging.ClearProviders();
        builder.Host.UseDefaultServiceProvider(o => o.ValidateOnBuild = false);
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Any, 0));
        builder.AddBotProtocol();
        await using var app = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var exception = await Record.ExceptionAsync(() => app.StartAsync(timeout.Token));

        Assert.NotNull(exception);
        Assert.Contains("loopback", Flatten(exception), StringComparison.Ordinal);
        await app.StopAsync(timeout.Token);
    }

    [Fact]
    public void TheBoundAddressCheck_RefusesWildcardsAndNamesOtherThanLocalhost()
    {
        LocalModeGuard.VerifyBound(["http://127.0.0.1:3978", "http://localhost:3978", "http://[::1]:3978"]);
        Assert.Throws<InvalidOperationException>(() => LocalModeGuard.VerifyBound(["http://127.0.0.1:3978", "http://[::]:3978"]));
        Assert.Throws<InvalidOperationException>(() => LocalModeGuard.VerifyBound(["http://0.0.0.0:3978"]));
        Assert.Throws<InvalidOperationException>(() => LocalModeGuard.VerifyBound(["http://192.168.1.20:3978"]));
        Assert.Throws<InvalidOperationException>(() => LocalModeGuard.VerifyBound(["http://*:3978"]));
    }

    private static string Flatten(Exception exception) => exception is AggregateException aggregate
        ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(e => e.Message))
        : exception.Message + " | " + exception.InnerException?.Message;
}
