using CoopAssistant.Claims.Localization;
using System.Net;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using CoopAssistant.Graph.Tokens;
using CoopAssistant.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Conversation.Evidence.SignIn;

/// <summary>
/// The sign-in fallback's pages. <c>GET /auth/signin/end</c>, the redirect URI: Entra comes back with <c>code</c> and <c>state</c> (or
/// <c>error</c>) after the user signed in and consented. The code is redeemed for the user the state names; the page then
/// loads the tab's Teams bundle, which reports the outcome to the Teams client that opened the window
/// (<c>authentication.notifySuccess(verification code)</c> or <c>notifyFailure(reason)</c>); Teams sends the bot
/// <c>signin/verifyState</c> with that code (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/authentication/auth-flow-bot).
/// Never an error page with details: a short sentence in the user's language.
/// </summary>
public static class SignInPages
{
    public static IEndpointRouteBuilder MapSignInPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(SignInLinks.StartPath, Start).AllowAnonymous();
        app.MapGet(SsoOptions.SignInEndPath, HandleAsync).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// <c>GET /auth/signin/start?state=…</c>, the OAuth card's sign-in link: Teams opens it in its sign-in window, and it must be on the
    /// redirect page's domain (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/authentication/auth-flow-bot);
    /// a valid state goes on to Entra, anything else gets the failure page.
    /// </summary>
    private static IResult Start(HttpContext http, SignInLinks links, IOptions<ChannelAccessOptions> access)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var raw = http.Request.Query[SignInLinks.StateParameter].ToString();
        if (links.ReadState(raw) is not { } state)
        {
            return Page(UserCulture.FromAcceptLanguage(http.Request.Headers.AcceptLanguage.ToString()), "failure", "InvalidState", nameof(Strings.SignInWindowFailed), StatusCodes.Status400BadRequest);
        }

        return access.Value.AllowsTenant(state.TenantId)
            ? Results.Redirect(links.AuthorizeUrl(state, raw).AbsoluteUri)
            : TenantNotAllowed(state);
    }

    /// <summary><c>Bot:AllowedTenants</c> on the sign-in pages, by the tenant the protected state names (403 and a sentence).</summary>
    private static IResult TenantNotAllowed(SignInState state) =>
        Page(UserCulture.FromTag(state.Culture), "failure", "TenantNotAllowed", nameof(Strings.SignInTenantNotAllowed), StatusCodes.Status403Forbidden);

    private static async Task<IResult> HandleAsync(HttpContext http, SignInLinks links, IGraphTokenService tokens, IOptions<ChannelAccessOptions> access)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var query = http.Request.Query;
        var state = links.ReadState(query["state"].ToString());
        var culture = UserCulture.Resolve(new CultureSources(UserSetting: state?.Culture, AcceptLanguage: http.Request.Headers.AcceptLanguage.ToString()));
        if (state is null)
        {
            return Page(culture, "failure", "InvalidState", nameof(Strings.SignInWindowFailed), StatusCodes.Status400BadRequest);
        }

        if (!access.Value.AllowsTenant(state.TenantId))
        {
            return TenantNotAllowed(state);
        }

        var code = query["code"].ToString();
        if (query["error"].ToString() is { Length: > 0 } error || code.Length == 0)
        {
            return Page(culture, "failure", query["error"].ToString() is { Length: > 0 } e ? e : "NoCode", nameof(Strings.SignInWindowFailed), StatusCodes.Status200OK);
        }

        var user = new GraphUserKey(state.TenantId, state.ObjectId);
        return await tokens.CompleteSignInAsync(code, user, http.RequestAborted) switch
        {
            SignInCompletion.SignedIn => Page(culture, "success", links.VerificationCode(user), nameof(Strings.SignInWindowDone), StatusCodes.Status200OK),
            SignInCompletion.WrongAccount => Page(culture, "failure", "WrongAccount", nameof(Strings.SignInWindowWrongAccount), StatusCodes.Status200OK),
            _ => Page(culture, "failure", "NotRedeemed", nameof(Strings.SignInWindowFailed), StatusCodes.Status200OK),
        };
    }

    /// <summary>The page: the outcome and its value in attributes the bundle reads (no inline script), and one sentence.</summary>
    private static IResult Page(System.Globalization.CultureInfo culture, string outcome, string value, string textKey, int status)
    {
        var text = BotText.For(culture)[textKey];
        var html = $"""
            <!doctype html>
            <html lang="{WebUtility.HtmlEncode(culture.Name)}" data-signin-outcome="{outcome}" data-signin-value="{WebUtility.HtmlEncode(value)}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>CoopAssistant</title></head>
            <body><p id="signin-message">{WebUtility.HtmlEncode(text)}</p><script src="/tab/teams.js"></script></body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
