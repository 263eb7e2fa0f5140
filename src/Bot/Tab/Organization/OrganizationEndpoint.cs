using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Tab.Organization;

/// <summary><c>GET /api/tab/organization</c>: Incentives administrators only (403 <c>Forbidden</c> for everyone else).</summary>
internal static class OrganizationEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/organization", HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext http, OrganizationQuery query, IClaimsRoleResolver roles, CancellationToken cancellationToken)
    {
        var culture = ApiCulture.From(http.Request);
        var caller = await ApiCaller.ResolveAsync(http.User, roles, cancellationToken);
        if (caller is null)
        {
            return ApiResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", ApiTexts.NoIdentity(culture));
        }

        return caller.IsIncentivesAdministrator
            ? ApiResults.Json(await query.RunAsync(caller, cancellationToken))
            : ApiResults.Error(StatusCodes.Status403Forbidden, nameof(ClaimErrorCode.Forbidden), ClaimTexts.For(ClaimErrorCode.Forbidden, culture));
    }
}
