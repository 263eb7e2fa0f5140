using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.TestKit.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopAssistant.TestKit.Graph;

/// <summary>
/// Entra ID stand-in on loopback HTTPS (its own self-signed certificate): OpenID metadata + JWKS of a local token issuer
/// (its own RSA key) that mints Teams SSO tokens, and a v2.0 token endpoint answering on-behalf-of and refresh-token grants;
/// the single-page-app sign-in (authorize endpoint, authorization code + PKCE) is in <c>FakeEntraServer.Spa.cs</c>.
/// </summary>
public sealed partial class FakeEntraServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey signingKey;
    private readonly X509Certificate2 certificate;
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> tokenRequests = new();
    private readonly ConcurrentQueue<string> issuedAccessTokens = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> userConsent = new(StringComparer.Ordinal);
    private int issued;

    private FakeEntraServer(WebApplication app, X509Certificate2 certificate)
    {
        this.app = app;
        this.certificate = certificate;
        signingKey = new RsaSecurityKey(rsa) { KeyId = "fake-entra-key-1" };
    }

    public Uri Root { get; private set; } = null!;

    /// <summary>Value for <c>AzureAd:OpenIdMetadataUrl</c>.</summary>
    public Uri OpenIdMetadataUrl => new(Root, "common/v2.0/.well-known/openid-configuration");

    /// <summary>Value for <c>AzureAd:Instance</c>.</summary>
    public Uri Instance => Root;

    public string ClientId { get; set; } = "00000000-0000-0000-0000-00000000b07e";

    public string ClientSecret { get; set; } = "fake-secret";

    /// <summary>When set, OBO answers 400 invalid_grant with this suberror (e.g. consent_required).</summary>
    public string? OboFailure { get; set; }

    /// <summary>The delegated permissions the app registration in docs/deploy.md requests, which a tenant administrator consented to by
    /// default here (tests take some away to see what a registration without them gets).</summary>
    public static IReadOnlyList<string> RegistrationPermissions { get; } = ["Files.ReadWrite.All", "User.ReadBasic.All", "TeamsAppInstallation.ReadWriteSelfForUser", "offline_access", "openid", "profile"];

    /// <summary>Permissions granted to the app for every user of every tenant (admin consent); <see cref="RegistrationPermissions"/> by default.</summary>
    public ISet<string> AdminConsent { get; } = new HashSet<string>(RegistrationPermissions, StringComparer.OrdinalIgnoreCase);

    /// <summary>Access tokens for Microsoft Graph this server issued, in order.</summary>
    public IReadOnlyList<string> IssuedAccessTokens => [.. issuedAccessTokens];

    /// <summary>Lifetime of issued Graph access tokens.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => [.. tokenRequests];

    public static async Task<FakeEntraServer> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var server = new FakeEntraServer(app, certificate);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Root = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return server;
    }

    /// <summary>A handler that trusts only this server's certificate (for the <c>CoopAssistant.Entra</c> HttpClient).</summary>
    public HttpMessageHandler CreateTrustingHandler()
    {
        var thumbprint = certificate.GetCertHashString();
        return new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, cert, _, errors) =>
                    errors == SslPolicyErrors.None || (cert is not null && string.Equals(cert.GetCertHashString(), thumbprint, StringComparison.OrdinalIgnoreCase)),
            },
        };
    }

    /// <summary>The app registration's application ID URI (<c>api://{domain}/botid-{ClientId}</c>): what Teams asks a token for.</summary>
    public string ApplicationIdUri => $"api://{ApplicationIdUriDomain}/botid-{ClientId}";

    /// <summary>The domain in <see cref="ApplicationIdUri"/> (the host's public domain).</summary>
    public string ApplicationIdUriDomain { get; set; } = "coopassistant.contoso.com";

    /// <summary>The registration's <c>accessTokenAcceptedVersion</c>: the version of every SSO token this Entra issues for the app
    /// (2, as the registration in docs/deploy.md sets it; 1 is what a registration left at its default gives).</summary>
    public EntraTokenVersion AccessTokenAcceptedVersion { get; set; } = EntraTokenVersion.V2;

    /// <summary>
    /// Mints the SSO token Teams obtains for the app, in the shape Entra gives the registration's token version (<see cref="EntraUserToken"/>),
    /// signed with this issuer's key. Hostile tests change one thing: <paramref name="audience"/>, <paramref name="expires"/>, the
    /// issuer's tenant, the signing key or the delegated scopes (<paramref name="scope"/>, the <c>scp</c> claim; null leaves it out).
    /// </summary>
    public string CreateSsoToken(
        string tenantId,
        string objectId,
        string? audience = null,
        DateTimeOffset? expires = null,
        string? issuerTenantId = null,
        EntraTokenVersion? version = null,
        SecurityKey? signWith = null,
        string clientAppId = EntraUserToken.TeamsDesktopClientId,
        string? scope = "access_as_user")
    {
        var shape = new EntraUserToken
        {
            Scope = scope,
            TenantId = tenantId,
            ObjectId = objectId,
            ApiClientId = ClientId,
            ApplicationIdUri = ApplicationIdUri,
            Version = version ?? AccessTokenAcceptedVersion,
            ClientAppId = clientAppId,
        };
        var exp = expires ?? DateTimeOffset.UtcNow.AddHours(1);
        var issuer = issuerTenantId is null ? shape.Issuer : (shape with { TenantId = issuerTenantId }).Issuer;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience ?? shape.Audience,
            IssuedAt = exp.AddHours(-1).UtcDateTime,
            NotBefore = exp.AddHours(-1).UtcDateTime,
            Expires = exp.UtcDateTime,
            Claims = new Dictionary<string, object>(shape.Claims()),
            SigningCredentials = new SigningCredentials(signWith ?? signingKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        certificate.Dispose();
        rsa.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        AllowCrossOrigin(context);
        if (context.Request.Method == "GET" && path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal))
        {
            var tenant = path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
            await WriteJsonAsync(context, 200, new JsonObject
            {
                ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
                ["authorization_endpoint"] = new Uri(Root, $"{tenant}/oauth2/v2.0/authorize").AbsoluteUri,
                ["token_endpoint"] = new Uri(Root, $"{tenant}/oauth2/v2.0/token").AbsoluteUri,
                ["jwks_uri"] = new Uri(Root, $"{tenant}/discovery/v2.0/keys").AbsoluteUri,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["response_types_supported"] = new JsonArray("code", "id_token"),
                ["subject_types_supported"] = new JsonArray("pairwise"),
            });
            return;
        }

        if (context.Request.Method == "GET" && path.EndsWith("/discovery/v2.0/keys", StringComparison.Ordinal))
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(signingKey);
            await WriteJsonAsync(context, 200, new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = signingKey.KeyId,
                    ["n"] = jwk.N,
                    ["e"] = jwk.E,
                }),
            });
            return;
        }

        if (context.Request.Method == "POST" && path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            var form = await context.Request.ReadFormAsync();
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
            tokenRequests.Enqueue(fields);
            if (fields.GetValueOrDefault("grant_type") == "authorization_code")
            {
                await SpaTokenAsync(context, fields);
                return;
            }

            await TokenAsync(context, path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0], fields);
            return;
        }

        if (await HandleSpaAsync(context, path))
        {
            return;
        }

        await WriteJsonAsync(context, 404, new JsonObject { ["error"] = "not_found" });
    }

    private async Task TokenAsync(HttpContext context, string tenant, Dictionary<string, string> form)
    {
        if (form.GetValueOrDefault("client_id") != ClientId || form.GetValueOrDefault("client_secret") != ClientSecret)
        {
            await WriteErrorAsync(context, 401, "invalid_client", "AADSTS7000215: Invalid client secret provided.", null);
            return;
        }

        string tid;
        string oid;
        var grant = form.GetValueOrDefault("grant_type");
        if (grant == "urn:ietf:params:oauth:grant-type:jwt-bearer" && form.GetValueOrDefault("requested_token_use") == "on_behalf_of")
        {
            var assertion = new JsonWebToken(form["assertion"]);
            tid = assertion.GetClaim("tid").Value;
            oid = assertion.GetClaim("oid").Value;
            if (OboFailure is { } suberror)
            {
                await WriteErrorAsync(context, 400, "invalid_grant", "AADSTS65001: The user or administrator has not consented to use the application.", suberror);
                return;
            }

            // https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-on-behalf-of-flow#error-response-example: without
            // consent to the app's Graph permissions, the exchange is refused with consent_required (the client must ask the user).
            if (GraphPermissionsFor(tid, oid).Count == 0)
            {
                await WriteErrorAsync(context, 400, "invalid_grant", "AADSTS65001: The user or administrator has not consented to use the application.", "consent_required");
                return;
            }
        }
        else if (grant == "refresh_token" && form.GetValueOrDefault("refresh_token") is { } refresh && refresh.StartsWith("rt.", StringComparison.Ordinal))
        {
            var parts = refresh.Split('.');
            (tid, oid) = (parts[1], parts[2]);
        }
        else
        {
            await WriteErrorAsync(context, 400, "unsupported_grant_type", "AADSTS70003: unsupported grant.", null);
            return;
        }

        _ = tenant;
        await WriteUserTokensAsync(context, form, tid, oid);
    }

    /// <summary>Graph tokens for a user (on-behalf-of, refresh, or a web app's authorization code): a Graph access token with the
    /// consented permissions, a refresh token, an ID token and <c>client_info</c>, as Entra's v2.0 token endpoint answers.</summary>
    private async Task WriteUserTokensAsync(HttpContext context, Dictionary<string, string> form, string tid, string oid)
    {
        var n = Interlocked.Increment(ref issued);
        var clientInfo = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(new JsonObject { ["uid"] = oid, ["utid"] = tid }.ToJsonString()));
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"https://login.microsoftonline.com/{tid}/v2.0",
            Audience = ClientId,
            Subject = new ClaimsIdentity([new Claim("tid", tid), new Claim("oid", oid), new Claim("sub", oid), new Claim("preferred_username", "user@contoso.com"), new Claim("ver", "2.0")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
        var granted = GraphPermissionsFor(tid, oid);
        var accessToken = GraphAccessToken(tid, oid, granted);
        issuedAccessTokens.Enqueue(accessToken);
        await WriteJsonAsync(context, 200, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["scope"] = form.GetValueOrDefault("scope") is { } asked && asked.Contains("/.default", StringComparison.Ordinal)
                ? "https://graph.microsoft.com/.default"
                : string.Join(' ', granted.Select(p => "https://graph.microsoft.com/" + p)),
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["access_token"] = accessToken,
            ["refresh_token"] = $"rt.{tid}.{oid}.{n}",
            ["id_token"] = idToken,
            ["client_info"] = clientInfo,
        });
    }

    /// <summary>The Graph permissions (not the OpenID Connect scopes) the app holds for this user: admin consent plus the user's own.</summary>
    public IReadOnlyList<string> GraphPermissionsFor(string tenantId, string objectId)
    {
        var user = userConsent.TryGetValue(tenantId + "|" + objectId, out var own) ? own.Keys : [];
        return [.. AdminConsent.Concat(user).Where(p => p is not ("openid" or "profile" or "offline_access" or "email")).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    /// <summary>Records a user's own consent to <paramref name="permissions"/> (what the consent screen of the authorize endpoint grants).</summary>
    public void GrantUserConsent(string tenantId, string objectId, IEnumerable<string> permissions)
    {
        var set = userConsent.GetOrAdd(tenantId + "|" + objectId, _ => new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase));
        foreach (var permission in permissions)
        {
            set[permission] = 0;
        }
    }

    /// <summary>
    /// A Microsoft Graph access token as Entra issues it for a delegated call (v1 shape: Graph's own registration takes v1 tokens):
    /// <c>aud https://graph.microsoft.com</c>, the user's tenant and object id, the calling app in <c>appid</c>, and the granted
    /// permissions in <c>scp</c> (https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims).
    /// The fake Graph reads <c>scp</c> to authorize each call.
    /// </summary>
    private string GraphAccessToken(string tid, string oid, IReadOnlyList<string> permissions) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"https://sts.windows.net/{tid}/",
            Audience = "https://graph.microsoft.com",
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = DateTime.UtcNow + AccessTokenLifetime,
            Claims = new Dictionary<string, object>
            {
                ["tid"] = tid,
                ["oid"] = oid,
                ["appid"] = ClientId,
                ["appidacr"] = "1",
                ["scp"] = string.Join(' ', permissions),
                ["ver"] = "1.0",
                ["uti"] = Guid.NewGuid().ToString("N")[..22],
            },
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });

    private static Task WriteErrorAsync(HttpContext context, int status, string error, string description, string? suberror)
    {
        var body = new JsonObject
        {
            ["error"] = error,
            ["error_description"] = description,
            ["error_codes"] = new JsonArray(65001),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
            ["trace_id"] = Guid.NewGuid().ToString(),
            ["correlation_id"] = Guid.NewGuid().ToString(),
        };
        if (suberror is not null)
        {
            body["suberror"] = suberror;
        }

        return WriteJsonAsync(context, status, body);
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
