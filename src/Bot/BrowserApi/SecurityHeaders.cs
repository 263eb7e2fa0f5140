using CoopAssistant.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>
/// Response headers on every answer of the host (the add-in's and the tab's pages, their APIs): a Content-Security-Policy whose
/// <c>frame-ancestors</c> are the Teams, Outlook and Microsoft 365 hosts that may frame the pages (the list of
/// https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements), no plugins and no foreign
/// <c>&lt;base&gt;</c>; <c>X-Content-Type-Options: nosniff</c>; a Referrer-Policy that sends no path to other sites; and, outside
/// local mode, HSTS (ASP.NET Core's <c>UseHsts</c>, which answers HTTPS requests only). Scripts are the host's own; Office.js is
/// loaded from Microsoft's CDN by the pages themselves, as the store requires.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The hosts that may frame the add-in and the tab.</summary>
    public static readonly IReadOnlyList<string> FrameAncestors =
    [
        "'self'",
        "https://*.cloud.microsoft",
        "https://teams.microsoft.com", "https://*.teams.microsoft.com",
        "https://*.microsoft365.com", "https://*.office.com",
        "https://outlook.office.com", "https://outlook.office365.com", "https://outlook-sdf.office.com", "https://outlook-sdf.office365.com",
        "https://outlook.live.com",
    ];

    public static readonly string ContentSecurityPolicy =
        $"frame-ancestors {string.Join(' ', FrameAncestors)}; object-src 'none'; base-uri 'self'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        if (!bot.IsLocalMode)
        {
            app.UseHsts();
        }

        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            return next(http);
        });
        return app;
    }
}
