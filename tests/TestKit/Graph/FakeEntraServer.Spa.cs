using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopAssistant.TestKit.Graph;

/// <summary>A signed-in Entra user of the fake (the account the browser or the Office host signs in with).</summary>
public sealed record FakeEntraUser(string TenantId, string ObjectId, string Username, string Name);

/// <summary>A pair of tokens as Entra issues them to a single-page app for this server's <see cref="FakeEntraServer.ClientId"/>.</summary>
public sealed record FakeUserTokens(string AccessToken, string IdToken);

/// <summary>
/// The single-page-app sign-in of the fake Entra: the v2.0 authorize endpoint (authorization code flow with PKCE, silent
/// <c>prompt=none</c>, a consent page) and the code redemption at the token endpoint, for the app registration's SPA redirect URIs;
/// and the same flow for its web redirect URIs (the bot's sign-in fallback: a confidential client, Graph scopes, consent recorded
/// per user for the on-behalf-of exchange and Graph).
/// Rules (each cites its doc beside it): https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow and
/// https://learn.microsoft.com/entra/identity-platform/reference-error-codes.
/// </summary>
public sealed partial class FakeEntraServer
{
    private readonly ConcurrentDictionary<string, IssuedCode> codes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> authorizeRequests = new();

    /// <summary>The app registration's redirect URIs of type "Single-page application".</summary>
    public ISet<string> SpaRedirectUris { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The app registration's redirect URIs of type "Web" (a confidential client: the host redeems the code with its
    /// secret, no PKCE required, no cross-origin redemption); the bot's sign-in fallback comes back to one.</summary>
    public ISet<string> WebRedirectUris { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Scopes of the app's own API the registration exposes (default <c>api://{ClientId}/access_as_user</c>).</summary>
    public ISet<string> ExposedScopes { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The account that signs in interactively.</summary>
    public FakeEntraUser SignInUser { get; set; } = new("aaaaaaaa-0000-0000-0000-000000000001", "00000000-0000-0000-0000-0000000000a1", "ana@contoso.com", "Ana Souza");

    /// <summary>The app registration's home tenant when it is single-tenant; null = multi-tenant.</summary>
    public string? AppTenantId { get; set; }

    /// <summary>Whether the user (or an administrator) has consented to the app's scopes.</summary>
    public bool ConsentGranted { get; set; }

    /// <summary>Whether the browser has an Entra session (set by an interactive sign-in).</summary>
    public bool HasSession { get; set; }

    /// <summary>Every authorize request's query, in order (tests read <c>prompt</c> to see silent versus interactive).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> AuthorizeRequests => [.. authorizeRequests];

    /// <summary>Forgets the recorded authorize and token requests (between scenarios on one server).</summary>
    public void ClearRecordedRequests()
    {
        authorizeRequests.Clear();
        tokenRequests.Clear();
    }

    /// <summary>Mints the access token (for this app's API: v2 audience = client id, <c>scp=access_as_user</c>) and the ID token
    /// Entra gives a single-page app or an Office host for <paramref name="user"/>, signed with this server's key.</summary>
    public FakeUserTokens CreateUserTokens(FakeEntraUser user, string? authorizedParty = null, string? nonce = null, TimeSpan? lifetime = null)
    {
        var now = DateTime.UtcNow;
        var expires = now.Add(lifetime ?? AccessTokenLifetime);
        var issuer = $"https://login.microsoftonline.com/{user.TenantId}/v2.0";
        var handler = new JsonWebTokenHandler();
        var access = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            Subject = new ClaimsIdentity(
            [
                new Claim("tid", user.TenantId),
                new Claim("oid", user.ObjectId),
                new Claim("sub", user.ObjectId),
                new Claim("scp", "access_as_user"),
                new Claim("azp", authorizedParty ?? ClientId),
                new Claim("ver", "2.0"),
                new Claim("name", user.Name),
                new Claim("preferred_username", user.Username),
            ]),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
        var idClaims = new List<Claim>
        {
            new("tid", user.TenantId),
            new("oid", user.ObjectId),
            new("sub", user.ObjectId),
            new("ver", "2.0"),
            new("name", user.Name),
            new("preferred_username", user.Username),
        };
        if (nonce is not null)
        {
            idClaims.Add(new Claim("nonce", nonce));
        }

        var id = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity(idClaims),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
        return new FakeUserTokens(access, id);
    }

    /// <summary>Browsers call the metadata, keys and token endpoints cross-origin; Entra answers them with CORS headers
    /// (https://learn.microsoft.com/entra/identity-platform/reference-third-party-cookies-spas).</summary>
    private static void AllowCrossOrigin(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        context.Response.Headers.AccessControlAllowOrigin = origin.Length > 0 ? origin : "*";
        context.Response.Headers.AccessControlAllowHeaders = "*";
        context.Response.Headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
    }

    private async Task<bool> HandleSpaAsync(HttpContext context, string path)
    {
        if (context.Request.Method == "OPTIONS")
        {
            context.Response.StatusCode = 204;
            return true;
        }

        var tenant = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (context.Request.Method == "GET" && path.EndsWith("/oauth2/v2.0/authorize", StringComparison.Ordinal))
        {
            var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
            authorizeRequests.Enqueue(query);
            await AuthorizeAsync(context, tenant, query, consentDecision: null);
            return true;
        }

        if (context.Request.Method == "POST" && path.EndsWith("/oauth2/v2.0/authorize/consent", StringComparison.Ordinal))
        {
            var form = await context.Request.ReadFormAsync();
            var query = QueryHelpers.ParseQuery(form["request"].ToString()).ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
            await AuthorizeAsync(context, tenant, query, consentDecision: form["decision"].ToString() == "accept");
            return true;
        }

        return false;
    }

    private async Task AuthorizeAsync(HttpContext context, string tenant, Dictionary<string, string> query, bool? consentDecision)
    {
        var redirectUri = query.GetValueOrDefault("redirect_uri") ?? "";

        // An unknown app or an unregistered redirect URI is shown on Entra's own page, never redirected (reference-error-codes:
        // AADSTS700016 application not found in the directory; AADSTS50011 redirect URI mismatch).
        if (query.GetValueOrDefault("client_id") != ClientId)
        {
            await ErrorPageAsync(context, $"AADSTS700016: Application with identifier '{query.GetValueOrDefault("client_id")}' was not found in the directory.");
            return;
        }

        var web = WebRedirectUris.Contains(redirectUri);
        if (!web && !SpaRedirectUris.Contains(redirectUri))
        {
            await ErrorPageAsync(context, $"AADSTS50011: The redirect URI '{redirectUri}' specified in the request does not match the redirect URIs configured for the application '{ClientId}'.");
            return;
        }

        // A single-tenant app: the common endpoints are refused (AADSTS50194) and an account of another organization is told on
        // the sign-in page that it does not exist in the app's tenant (AADSTS50020).
        if (AppTenantId is { } home)
        {
            if (tenant is "common" or "organizations")
            {
                await ErrorPageAsync(context, $"AADSTS50194: Application '{ClientId}' is not configured as a multi-tenant application. Use a tenant-specific endpoint.");
                return;
            }

            if (!string.Equals(SignInUser.TenantId, home, StringComparison.OrdinalIgnoreCase))
            {
                await ErrorPageAsync(context, $"AADSTS50020: User account '{SignInUser.Username}' from identity provider 'https://sts.windows.net/{SignInUser.TenantId}/' does not exist in tenant '{home}' and cannot access the application '{ClientId}' in that tenant.");
                return;
            }
        }

        var state = query.GetValueOrDefault("state") ?? "";
        var fragment = query.GetValueOrDefault("response_mode") != "query";

        // v2-oauth2-auth-code-flow: response_type must be "code"; single-page apps must send a PKCE code_challenge (S256).
        if (query.GetValueOrDefault("response_type") != "code")
        {
            Redirect(context, redirectUri, fragment, new() { ["error"] = "unsupported_response_type", ["error_description"] = "AADSTS70005: response_type is not supported.", ["state"] = state });
            return;
        }

        if (!web && (string.IsNullOrEmpty(query.GetValueOrDefault("code_challenge")) || query.GetValueOrDefault("code_challenge_method") != "S256"))
        {
            Redirect(context, redirectUri, fragment, new() { ["error"] = "invalid_request", ["error_description"] = "AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.", ["state"] = state });
            return;
        }

        var scopes = (query.GetValueOrDefault("scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var exposed = ExposedScopes.Count > 0 ? ExposedScopes : new HashSet<string>(StringComparer.Ordinal) { $"api://{ClientId}/access_as_user" };
        // Resource-qualified scopes: Microsoft Graph's permissions (a web app asking consent for them), or this app's own API scopes.
        var graphScopes = scopes.Where(s => s.StartsWith(GraphResource, StringComparison.OrdinalIgnoreCase)).Select(s => s[GraphResource.Length..]).ToList();
        var apiScopes = scopes.Where(s => s.Contains('/', StringComparison.Ordinal) && !s.StartsWith(GraphResource, StringComparison.OrdinalIgnoreCase)).ToList();
        if ((apiScopes.Count == 0 && graphScopes.Count == 0) || apiScopes.Any(s => !exposed.Contains(s)))
        {
            Redirect(context, redirectUri, fragment, new() { ["error"] = "invalid_scope", ["error_description"] = $"AADSTS500011: The resource principal named {string.Join(' ', apiScopes)} was not found in the tenant.", ["state"] = state });
            return;
        }

        // prompt=none (silent iframe): no session -> login_required; no consent -> consent_required (v2-oauth2-auth-code-flow,
        // "Error codes for authorization endpoint errors").
        if (query.GetValueOrDefault("prompt") == "none")
        {
            if (!HasSession)
            {
                Redirect(context, redirectUri, fragment, new() { ["error"] = "login_required", ["error_description"] = "AADSTS50058: A silent sign-in request was sent but no user is signed in.", ["state"] = state });
                return;
            }

            if (!ConsentGranted)
            {
                Redirect(context, redirectUri, fragment, new() { ["error"] = "consent_required", ["error_description"] = "AADSTS65001: The user or administrator has not consented to use the application.", ["state"] = state });
                return;
            }
        }
        else
        {
            HasSession = true;
            if (consentDecision == false)
            {
                // The user declined: access_denied back to the app (AADSTS65004).
                Redirect(context, redirectUri, fragment, new() { ["error"] = "access_denied", ["error_description"] = "AADSTS65004: User declined to consent to access the app.", ["state"] = state });
                return;
            }

            if (consentDecision == true)
            {
                ConsentGranted = apiScopes.Count > 0 || ConsentGranted;
                GrantUserConsent(SignInUser.TenantId, SignInUser.ObjectId, graphScopes);
            }

            // prompt=consent always shows the consent page (v2-oauth2-auth-code-flow, "prompt"); so does a first request.
            if (consentDecision is null && (!ConsentGranted || query.GetValueOrDefault("prompt") == "consent"))
            {
                await ConsentPageAsync(context, context.Request.Path.Value!.Split("/oauth2/", StringSplitOptions.None)[0], query);
                return;
            }
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        codes[code] = new IssuedCode(redirectUri, query.GetValueOrDefault("code_challenge") ?? "", query.GetValueOrDefault("nonce"), string.Join(' ', apiScopes), SignInUser, web);
        var clientInfo = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(new JsonObject { ["uid"] = SignInUser.ObjectId, ["utid"] = SignInUser.TenantId }.ToJsonString()));
        Redirect(context, redirectUri, fragment, new() { ["code"] = code, ["client_info"] = clientInfo, ["state"] = state, ["session_state"] = Guid.NewGuid().ToString() });
    }

    /// <summary>
    /// The code redemption of a web app (v2-oauth2-auth-code-flow, "Redeem a code for an access token"): the confidential client
    /// authenticates with its secret, the code is used once and with its own redirect URI; the answer is the user's Graph tokens
    /// with the permissions consented.
    /// </summary>
    private async Task WebTokenAsync(HttpContext context, Dictionary<string, string> form, IssuedCode issued)
    {
        if (form.GetValueOrDefault("client_id") != ClientId || form.GetValueOrDefault("client_secret") != ClientSecret)
        {
            await WriteErrorAsync(context, 401, "invalid_client", "AADSTS7000215: Invalid client secret provided.", null);
            return;
        }

        if (form.GetValueOrDefault("redirect_uri") != issued.RedirectUri)
        {
            await WriteErrorAsync(context, 400, "invalid_grant", "AADSTS50148: The redirect_uri does not match the one used to obtain the authorization code.", null);
            return;
        }

        if (issued.CodeChallenge.Length > 0
            && Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form.GetValueOrDefault("code_verifier") ?? ""))) != issued.CodeChallenge)
        {
            await WriteErrorAsync(context, 400, "invalid_grant", "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.", null);
            return;
        }

        await WriteUserTokensAsync(context, form, issued.User.TenantId, issued.User.ObjectId);
    }

    /// <summary>The code redemption of a single-page app (v2-oauth2-auth-code-flow, "Redeem a code for an access token").</summary>
    private async Task SpaTokenAsync(HttpContext context, Dictionary<string, string> form)
    {
        if (codes.TryGetValue(form.GetValueOrDefault("code") ?? "", out var webCode) && webCode.Web && codes.TryRemove(form.GetValueOrDefault("code") ?? "", out _))
        {
            await WebTokenAsync(context, form, webCode);
            return;
        }

        // A code issued to a SPA redirect URI may only be redeemed cross-origin (AADSTS9002327).
        if (string.IsNullOrEmpty(context.Request.Headers.Origin.ToString()))
        {
            await WriteErrorAsync(context, 400, "invalid_request", "AADSTS9002327: Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.", null);
            return;
        }

        if (form.GetValueOrDefault("client_id") != ClientId)
        {
            await WriteErrorAsync(context, 400, "unauthorized_client", "AADSTS700016: Application not found in the directory.", null);
            return;
        }

        // A code is redeemed once (AADSTS54005) and only with the redirect URI it was issued for (AADSTS50148 / invalid_grant).
        if (!codes.TryRemove(form.GetValueOrDefault("code") ?? "", out var issued))
        {
            await WriteErrorAsync(context, 400, "invalid_grant", "AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.", null);
            return;
        }

        if (form.GetValueOrDefault("redirect_uri") != issued.RedirectUri)
        {
            await WriteErrorAsync(context, 400, "invalid_grant", "AADSTS50148: The redirect_uri does not match the one used to obtain the authorization code.", null);
            return;
        }

        // PKCE (RFC 7636 S256): BASE64URL(SHA256(code_verifier)) must equal the code_challenge (AADSTS501481).
        var verifier = form.GetValueOrDefault("code_verifier") ?? "";
        if (Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != issued.CodeChallenge)
        {
            await WriteErrorAsync(context, 400, "invalid_grant", "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.", null);
            return;
        }

        var tokens = CreateUserTokens(issued.User, nonce: issued.Nonce);
        var clientInfo = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(new JsonObject { ["uid"] = issued.User.ObjectId, ["utid"] = issued.User.TenantId }.ToJsonString()));
        await WriteJsonAsync(context, 200, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["scope"] = issued.Scope,
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["access_token"] = tokens.AccessToken,
            ["refresh_token"] = $"rt.{issued.User.TenantId}.{issued.User.ObjectId}.spa",
            ["id_token"] = tokens.IdToken,
            ["client_info"] = clientInfo,
        });
    }

    private static void Redirect(HttpContext context, string redirectUri, bool fragment, Dictionary<string, string> values)
    {
        var parameters = string.Join('&', values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = redirectUri + (fragment ? "#" : "?") + parameters;
    }

    private static async Task ErrorPageAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = 400;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<!DOCTYPE html><html><body><h1>Sign in</h1><p id=\"error\">{WebUtility.HtmlEncode(message)}</p></body></html>");
    }

    private static async Task ConsentPageAsync(HttpContext context, string tenantPath, Dictionary<string, string> query)
    {
        var request = WebUtility.HtmlEncode(string.Join('&', query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}")));
        var action = WebUtility.HtmlEncode($"{tenantPath}/oauth2/v2.0/authorize/consent");
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html><html><body><h1>Permissions requested</h1>
            <form method="post" action="{action}"><input type="hidden" name="request" value="{request}">
            <button id="consent-accept" name="decision" value="accept">Accept</button>
            <button id="consent-decline" name="decision" value="decline">Cancel</button></form></body></html>
            """);
    }

    private const string GraphResource = "https://graph.microsoft.com/";

    private sealed record IssuedCode(string RedirectUri, string CodeChallenge, string? Nonce, string Scope, FakeEntraUser User, bool Web = false);
}
