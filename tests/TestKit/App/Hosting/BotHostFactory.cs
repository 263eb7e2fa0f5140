using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Hosting;
using CoopAssistant.TestKit.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.TestKit.App.Hosting;

/// <summary>
/// The real bot host on Kestrel (loopback, random port) with a fresh data folder, talking to a fake
/// Teams channel; with a local token issuer it runs with full authentication, without one in local mode.
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string AppPassword = "test-secret";
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string UserObjectId = "00000000-0000-0000-0000-0000000000020";

    private readonly LocalTokenIssuer? _issuer;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public BotHostFactory(FakeTeamsChannel channel, LocalTokenIssuer? issuer = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, int port = 0)
        : this(channel.ServiceUrl, issuer, settings, port)
    {
        Channel = channel;
        _services = services;
    }

    /// <summary>A host whose channel is any Connector at <paramref name="serviceUrl"/> (benchmarks use a bare stand-in).</summary>
    public BotHostFactory(string serviceUrl, LocalTokenIssuer? issuer = null, IDictionary<string, string?>? settings = null, int port = 0)
    {
        ServiceUrl = serviceUrl;
        _issuer = issuer;
        DataDirectory = Directory.CreateTempSubdirectory("coop-bot-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["urls"] = $"http://127.0.0.1:{port}",
            ["ConnectionStrings:CoopAssistant"] = $"Data Source={Path.Combine(DataDirectory, "coopassistant.db")}",
            ["Evidence:DataDirectory"] = DataDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
            // Tests drive many turns from one user in seconds (the fuzz test 10,000): the chat's rate limits are lifted unless a
            // test sets them (tests/Bot/Hostile/ChatRateLimitTests).
            ["RateLimits:ChatTurnsPerUser"] = "100000",
            ["RateLimits:ChatTurnsPerTenant"] = "1000000",
            // Likewise claims per day and evidence bytes per hour (tests/Bot/Hostile/UsageLimitTests sets them).
            ["RateLimits:ClaimsPerUserPerDay"] = "100000",
            ["RateLimits:ClaimsPerTenantPerDay"] = "1000000",
            ["RateLimits:EvidenceBytesPerUserPerHour"] = "1099511627776",
            ["RateLimits:EvidenceBytesPerTenantPerHour"] = "1099511627776",
        };
        if (issuer is not null)
        {
            issuer.Clients[AppId] = AppPassword;
            _settings["MicrosoftAppId"] = AppId;
            _settings["MicrosoftAppPassword"] = AppPassword;
            _settings["MicrosoftAppType"] = "MultiTenant";
            _settings["BotFramework:OpenIdMetadataUrl"] = issuer.BotFrameworkMetadataUrl.ToString();
            _settings["BotFramework:EntraInstance"] = issuer.BaseAddress.ToString();
            _settings["BotFramework:MinimumKeyRefreshInterval"] = "00:00:01";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(port);
    }

    public FakeTeamsChannel Channel { get; } = null!;

    public string ServiceUrl { get; }

    public string DataDirectory { get; }

    public bool Authenticated => _issuer is not null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // One sentence-embedding model per test process, not one per host (issue 20).
        builder.ConfigureTestServices(services => services.AddSingleton(CoopAssistant.TestKit.App.Answers.SharedPassageEmbedder.Instance));
        if (_issuer is not null)
        {
            var thumbprint = _issuer.Certificate.Thumbprint;
            HttpMessageHandler TrustIssuer() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
            };
            builder.ConfigureTestServices(services =>
            {
                services.AddHttpClient(CoopAssistant.Protocol.Connector.MsalConnectorTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(TrustIssuer);
                services.ConfigureAll<JwtBearerOptions>(o => o.BackchannelHttpHandler = TrustIssuer());
            });
        }

        if (_services is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    /// <summary>A valid channel token for this host (override one property at a time in hostile tests).</summary>
    public TokenRequest ValidToken() => new() { Audience = AppId, ServiceUrl = ServiceUrl };

    /// <summary>
    /// Posts an activity to <c>/api/messages</c>, with a bearer token when authentication is on. With a fake channel it is
    /// delivered by the channel, as Azure Bot Service would: a turn slower than the channel's turn timeout is answered 504.
    /// </summary>
    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? token = null, bool withToken = true)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (withToken && (token ?? (_issuer is null ? null : _issuer.CreateToken(ValidToken()))) is { } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return Channel is { } channel ? await channel.DeliverAsync(client, request) : await client.SendAsync(request);
    }

    /// <summary>Stops and disposes the host within <see cref="BoundedDispose.HostLimit"/>: a host that does not stop fails the
    /// test instead of hanging the run.</summary>
    public override async ValueTask DisposeAsync() =>
        await BoundedDispose.WithinAsync(base.DisposeAsync().AsTask(), BoundedDispose.HostLimit, "The bot host");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
