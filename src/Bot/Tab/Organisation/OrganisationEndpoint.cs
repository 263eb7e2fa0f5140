using CoopAssistant.Bot.AddIn.Http;
using CoopAssistant.Bot.AddIn.Identity;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Tab.Organisation;

/// <summary><c>GET /api/tab/organisation</c>: Incentives administrators only (403 <c>Forbidden</c> for everyone else).</summary>
internal static class OrganisationEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/organisation", HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext http, OrganisationQuery query, IClaimsRoleResolver roles, CancellationToken cancellationToken)
    {
        var culture = AddInCulture.From(http.Request);
        var caller = await AddInCaller.ResolveAsync(http.User, roles, cancellationToken);
        if (caller is null)
        {
            return AddInResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", AddInTexts.NoIdentity(culture));
        }

        return caller.IsIncentivesAdministrator
            ? AddInResults.Json(await query.RunAsync(caller, cancellationToken))
            : AddInResults.Error(StatusCodes.Status403Forbidden, nameof(ClaimErrorCode.Forbidden), ClaimTexts.For(ClaimErrorCode.Forbidden, culture));
    }
}
