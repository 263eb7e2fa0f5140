using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace CoopAssistant.TestKit.Graph;

/// <summary>
/// The authorization code flow of the fake Entra, for the sign-in fallback: <c>GET /{tenant}/oauth2/v2.0/authorize</c> signs in
/// <see cref="FakeEntraServer.BrowserUser"/> (the account the browser is signed in with), records the user's consent to the Graph
/// permissions asked for, and redirects to the registered <c>redirect_uri</c> with <c>code</c> and <c>state</c>; the token endpoint
/// redeems a code once, for the same client and <c>redirect_uri</c>
/// (https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow).
/// </summary>
public sealed partial class FakeEntraServer
{
    private const string GraphResource = "https://graph.microsoft.com/";
    private readonly ConcurrentDictionary<string, IssuedCode> codes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Uri> authorizeRequests = new();

    /// <summary>The reply URLs registered on the app (AADSTS50011 for any other <c>redirect_uri</c>).</summary>
    public ISet<string> RedirectUris { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The account the browser is signed in to Entra with (tenant id, object id); null = nobody, the request fails.</summary>
    public (string TenantId, string ObjectId)? BrowserUser { get; set; }

    /// <summary>When true the user presses Cancel on the consent screen (<c>error=access_denied</c>, AADSTS65004).</summary>
    public bool DeclineConsent { get; set; }

    /// <summary>Every authorize request the browser made, in order.</summary>
    public IReadOnlyList<Uri> AuthorizeRequests => [.. authorizeRequests];

    private async Task AuthorizeAsync(HttpContext context)
    {
        var query = context.Request.Query;
        authorizeRequests.Enqueue(new Uri(context.Request.Scheme + "://" + context.Request.Host + context.Request.Path + context.Request.QueryString));
        var redirectUri = query["redirect_uri"].ToString();
        var state = query["state"].ToString();
        if (query["client_id"] != ClientId)
        {
            await WritePageAsync(context, 400, "AADSTS700016: Application with identifier '" + query["client_id"] + "' was not found.");
            return;
        }

        // https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes: AADSTS50011, the redirect URI must be registered.
        if (!RedirectUris.Contains(redirectUri))
        {
            await WritePageAsync(context, 400, "AADSTS50011: The redirect URI '" + redirectUri + "' specified in the request does not match the redirect URIs configured for the application.");
            return;
        }

        if (query["response_type"] != "code")
        {
            Redirect(context, redirectUri, ("error", "unsupported_response_type"), ("error_description", "AADSTS700054: response_type 'code' is required."), ("state", state));
            return;
        }

        if (BrowserUser is not { } user)
        {
            Redirect(context, redirectUri, ("error", "login_required"), ("error_description", "AADSTS50058: No account is signed in."), ("state", state));
            return;
        }

        if (DeclineConsent)
        {
            Redirect(context, redirectUri, ("error", "access_denied"), ("error_description", "AADSTS65004: User declined to consent to access the app."), ("state", state));
            return;
        }

        var scopes = query["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        GrantUserConsent(user.TenantId, user.ObjectId, scopes.Select(s => s.StartsWith(GraphResource, StringComparison.OrdinalIgnoreCase) ? s[GraphResource.Length..] : s));
        var code = "code-" + Guid.NewGuid().ToString("N");
        codes[code] = new IssuedCode(user.TenantId, user.ObjectId, redirectUri, DateTimeOffset.UtcNow.AddMinutes(10));
        Redirect(context, redirectUri, ("code", code), ("state", state), ("session_state", Guid.NewGuid().ToString()));
    }

    /// <summary>The user of a code, once (AADSTS54005 on reuse), for the client and <c>redirect_uri</c> it was issued to.</summary>
    private (string TenantId, string ObjectId)? RedeemCode(Dictionary<string, string> form)
    {
        if (!codes.TryRemove(form.GetValueOrDefault("code") ?? string.Empty, out var issued)
            || issued.ExpiresAt < DateTimeOffset.UtcNow
            || !string.Equals(issued.RedirectUri, form.GetValueOrDefault("redirect_uri"), StringComparison.Ordinal))
        {
            return null;
        }

        return (issued.TenantId, issued.ObjectId);
    }

    private static void Redirect(HttpContext context, string redirectUri, params (string Name, string Value)[] parameters)
    {
        var query = string.Join('&', parameters.Where(p => p.Value.Length > 0).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value)));
        context.Response.StatusCode = (int)HttpStatusCode.Found;
        context.Response.Headers.Location = redirectUri + (redirectUri.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
    }

    private static async Task WritePageAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync("<!doctype html><title>Sign in</title><p id=\"error\">" + WebUtility.HtmlEncode(message) + "</p>");
    }

    private sealed record IssuedCode(string TenantId, string ObjectId, string RedirectUri, DateTimeOffset ExpiresAt);
}
