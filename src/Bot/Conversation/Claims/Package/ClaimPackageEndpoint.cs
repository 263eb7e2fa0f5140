using CoopAssistant.Claims.Localization;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.Package;

/// <summary><c>GET /claims/package?t=…</c>: the claim package ZIP for a valid link; 403 forged, 410 expired, 404 when the link's user cannot see the claim.</summary>
public static class ClaimPackageEndpoint
{
    public static IEndpointRouteBuilder MapClaimPackage(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(ClaimPackageLinks.Path, HandleAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, ClaimPackageLinks links, IClaimService claims, IClaimsRoleResolver roles, ClaimClock clock)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var (status, payload) = links.Read(http.Request.Query[ClaimPackageLinks.TokenParameter].ToString());
        var culture = UserCulture.Resolve(new CultureSources(UserSetting: payload?.Culture, AcceptLanguage: http.Request.Headers.AcceptLanguage.ToString()));
        var text = BotText.For(culture);
        if (status == PackageLinkStatus.Invalid || payload is null)
        {
            return Results.Text(text[nameof(Strings.PackageLinkInvalid)], "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        if (status == PackageLinkStatus.Expired)
        {
            return Results.Text(text[nameof(Strings.PackageLinkExpired)], "text/plain; charset=utf-8", statusCode: StatusCodes.Status410Gone);
        }

        var caller = await roles.ResolveAsync(payload.TenantId, payload.UserObjectId, null, http.RequestAborted);
        var result = await claims.GetAsync(caller, payload.ClaimId, http.RequestAborted);
        if (!result.IsOk || result.Value is null)
        {
            return Results.Text(text[nameof(Strings.PackageClaimNotFound)], "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        // The whole history, newest pages first (200 entries per read).
        var history = new List<CoopAssistant.Claims.History.HistoryEntryView>();
        long? before = null;
        do
        {
            var page = await claims.GetHistoryAsync(caller, payload.ClaimId, before, 200, http.RequestAborted);
            if (page.Value is not { } read)
            {
                break;
            }

            history.AddRange(read.Entries);
            before = read.NextBeforeVersion;
        }
        while (before is not null);

        var bytes = ClaimPackageWriter.Write(result.Value, culture, await clock.TodayAsync(payload.TenantId, payload.UserObjectId, http.RequestAborted), history);
        return Results.File(bytes, "application/zip", ClaimPackageWriter.FileName(result.Value, culture));
    }
}
