using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;

namespace CoopAssistant.Identity.Tests;

/// <summary>MSAL's calls to Entra go through the named <see cref="HttpClient"/> the factory is given, with that client's handlers
/// (the way the tests' stand-in issuer is trusted, and the protocol and Graph keep their Entra traffic apart).</summary>
public sealed class MsalHttpClientFactoryTests
{
    [Fact]
    public async Task GetHttpClient_GivesTheNamedClient_WithItsHandlers()
    {
        var named = new RecordingHandler();
        var other = new RecordingHandler();
        using var services = Services(("entra", named), ("other", other));

        using var client = new MsalHttpClientFactory(services.GetRequiredService<IHttpClientFactory>(), "entra").GetHttpClient();
        using var response = await client.GetAsync(new Uri("http://127.0.0.1/ping"));

        Assert.Equal(["http://127.0.0.1/ping"], named.Requests);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task Msal_SendsItsTokenRequest_ThroughTheFactorysClient()
    {
        var entra = new RecordingHandler();
        using var services = Services(("entra", entra));
        var app = ConfidentialClientApplicationBuilder.Create("00000000-0000-0000-0000-000000000001")
            .WithClientSecret("secret")
            .WithAuthority("https://login.microsoftonline.com/contoso.onmicrosoft.com")
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(services.GetRequiredService<IHttpClientFactory>(), "entra"))
            .Build();
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // The handler refuses the credentials as Entra would (400 invalid_client); nothing leaves the machine.
        var refused = await Assert.ThrowsAsync<MsalServiceException>(
            () => app.AcquireTokenForClient(["https://graph.microsoft.com/.default"]).ExecuteAsync(bounded.Token));

        Assert.Equal("invalid_client", refused.ErrorCode);
        Assert.Contains(entra.Requests, uri => uri.StartsWith("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token", StringComparison.Ordinal));
    }

    private static ServiceProvider Services(params (string Name, RecordingHandler Handler)[] clients)
    {
        var services = new ServiceCollection();
        foreach (var (name, handler) in clients)
        {
            services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => handler);
        }

        return services.BuildServiceProvider();
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        private readonly ConcurrentQueue<string> _requests = new();

        public IReadOnlyList<string> Requests => [.. _requests];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _requests.Enqueue(request.RequestUri!.ToString());
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadRequest)
            {
                Content = new StringContent("""{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}""", Encoding.UTF8, "application/json"),
            });
        }
    }
}
