using CoopAssistant.Bot.BrowserApi;
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
        var culture = ApiCulture.From(http.Request);
        var caller = await ApiCaller.ResolveAsync(http.User, roles, cancellationToken);
        if (caller is null)
        {
            return ApiResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", ApiTexts.NoIdentity(culture));
        }

        var result = await claims.GetAsync(caller, claimId, cancellationToken);
        return result is { IsOk: true, Value: { } claim } ? ApiResults.Json(AddInClaimDetail.From(claim, culture)) : ApiResults.From(result, culture);
    }
}
