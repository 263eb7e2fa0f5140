using CoopAssistant.Bot.AddIn.Http;
using CoopAssistant.Bot.AddIn.Identity;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.AddIn.Claims;

/// <summary><c>GET /api/addin/claims/{id}</c>: one claim with its evidence and documentation requests (404 unless the caller may see it).</summary>
internal static class GetClaim
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/claims/{claimId:guid}", HandleAsync);

    private static async Task<IResult> HandleAsync(
        Guid claimId, HttpContext http, IClaimService claims, IClaimsRoleResolver roles, CancellationToken cancellationToken)
    {
        var culture = AddInCulture.From(http.Request);
        var caller = await AddInCaller.ResolveAsync(http.User, roles, cancellationToken);
        if (caller is null)
        {
            return AddInResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", AddInTexts.NoIdentity(culture));
        }

        var result = await claims.GetAsync(caller, claimId, cancellationToken);
        return result.IsOk ? AddInResults.Json(result.Value) : AddInResults.From(result, culture);
    }
}
