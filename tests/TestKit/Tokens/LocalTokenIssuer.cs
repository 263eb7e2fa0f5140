using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopAssistant.TestKit.Tokens;

/// <summary>
/// A token issuer on loopback HTTPS with its own RSA keys: Bot Framework-style OpenID metadata and a
/// JWKS with <c>endorsements</c>, Entra-style per-tenant metadata, and a client-credentials token
/// endpoint. The real Microsoft.IdentityModel / MSAL code runs against it.
/// </summary>
public sealed class LocalTokenIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly List<SigningKey> _keys = [];
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly Lock _gate = new();

    private LocalTokenIssuer(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    /// <summary>The TLS certificate the issuer serves (tests trust it explicitly).</summary>
    public X509Certificate2 Certificate { get; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Bot Framework OpenID metadata URL (configure as <c>BotFramework:OpenIdMetadataUrl</c>).</summary>
    public Uri BotFrameworkMetadataUrl => new(BaseAddress, "v1/.well-known/openidconfiguration");

    /// <summary>The key tokens are signed with by default (endorses <c>msteams</c> and <c>webchat</c>).</summary>
    public SigningKey CurrentKey { get; private set; } = null!;

    /// <summary>Client id and secret the token endpoint accepts.</summary>
    public IDictionary<string, string> Clients { get; } = new ConcurrentDictionary<string, string>();

    public int Hits(string what) => _hits.GetValueOrDefault(what);

    public static async Task<LocalTokenIssuer> StartAsync()
    {
        var certificate = TestCertificates.CreateLoopback();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, o => o.UseHttps(certificate)));
        var app = builder.Build();
        var issuer = new LocalTokenIssuer(app, certificate);
        issuer.CurrentKey = issuer.AddKey(["msteams", "webchat", "emulator"]);
        issuer.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        issuer.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return issuer;
    }

    /// <summary>Adds a key; published keys appear in the JWKS at its next read.</summary>
    public SigningKey AddKey(IReadOnlyList<string> endorsements, bool published = true)
    {
        var key = new SigningKey("k" + Guid.NewGuid().ToString("N")[..12], endorsements, published);
        lock (_gate)
        {
            _keys.Add(key);
        }

        return key;
    }

    /// <summary>Rotates: a new published, endorsed key becomes the default signing key.</summary>
    public SigningKey RotateKey()
    {
        CurrentKey = AddKey(["msteams", "webchat", "emulator"]);
        return CurrentKey;
    }

    public string CreateToken(TokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>(request.ExtraClaims ?? new Dictionary<string, object>());
        if (request.ServiceUrl is not null)
        {
            claims["serviceurl"] = request.ServiceUrl;
        }

        var notBefore = now + request.NotBeforeOffset;
        var expires = now + request.ExpiresIn;
        if (request.Unsigned)
        {
            var header = Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
            var payload = new JsonObject
            {
                ["iss"] = request.Issuer,
                ["aud"] = request.Audience,
                ["nbf"] = new DateTimeOffset(notBefore).ToUnixTimeSeconds(),
                ["exp"] = new DateTimeOffset(expires).ToUnixTimeSeconds(),
            };
            foreach (var (name, value) in claims)
            {
                payload[name] = value.ToString();
            }

            return header + "." + Base64Url(payload.ToJsonString()) + ".";
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = request.Issuer,
            Audience = request.Audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials((request.Key ?? CurrentKey).SecurityKey, request.Algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var key in _keys)
        {
            key.Dispose();
        }

        Certificate.Dispose();
        return _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Count("bf-metadata");
            return Results.Json(new JsonObject
            {
                ["issuer"] = BotFrameworkIssuer,
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = new Uri(BaseAddress, "v1/.well-known/keys").ToString(),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            });
        });
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Count("bf-keys");
            return Results.Json(Jwks(withEndorsements: true));
        });
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
        {
            Count("entra-metadata");
            return Results.Json(new JsonObject
            {
                ["issuer"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
                ["jwks_uri"] = new Uri(BaseAddress, $"{tenant}/discovery/v2.0/keys").ToString(),
                ["token_endpoint"] = new Uri(BaseAddress, $"{tenant}/oauth2/v2.0/token").ToString(),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            });
        });
        app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) =>
        {
            Count("entra-keys");
            return Results.Json(Jwks(withEndorsements: false));
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            Count("token");
            var form = await request.ReadFormAsync();
            var clientId = form["client_id"].ToString();
            if (form["grant_type"] != "client_credentials" || !Clients.TryGetValue(clientId, out var secret) || form["client_secret"] != secret)
            {
                return Results.Json(new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret." }, statusCode: 401);
            }

            var scope = form["scope"].ToString().Split(' ').First(s => s.EndsWith("/.default", StringComparison.Ordinal));
            var token = CreateToken(new TokenRequest
            {
                Audience = scope[..^"/.default".Length],
                Issuer = $"https://sts.windows.net/{tenant}/",
                ExtraClaims = new Dictionary<string, object> { ["appid"] = clientId, ["tid"] = tenant },
            });
            return Results.Json(new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = token,
            });
        });
    }

    private JsonObject Jwks(bool withEndorsements)
    {
        var keys = new JsonArray();
        lock (_gate)
        {
            foreach (var key in _keys.Where(k => k.Published))
            {
                var parameters = key.PublicParameters;
                var jwk = new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = key.Kid,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                };
                if (withEndorsements)
                {
                    jwk["endorsements"] = new JsonArray(key.Endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
                }

                keys.Add(jwk);
            }
        }

        return new JsonObject { ["keys"] = keys };
    }

    private void Count(string what) => _hits.AddOrUpdate(what, 1, (_, n) => n + 1);

    private static string Base64Url(string text) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(text));
}
