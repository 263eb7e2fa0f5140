using System.Text.Json;
using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Partner;

namespace CoopAssistant.Bot.Tab.Partner;

/// <summary><c>GET /api/tab/partner</c> (the tenant's legal names and tax ids, and whether the caller may change them) and
/// <c>PUT /api/tab/partner</c> (an Incentives administrator replaces them; 403 for others, 400 with the field for an invalid
/// name or tax id). The evidence review compares invoice issuers with them.</summary>
internal static class PartnerIdentityEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/partner", GetAsync);
        api.MapPut("/partner", PutAsync).DisableAntiforgery();
    }

    private static async Task<IResult> GetAsync(HttpContext http, IPartnerIdentityService partners, IClaimsRoleResolver roles, CancellationToken cancellationToken)
    {
        var culture = ApiCulture.From(http.Request);
        var caller = await ApiCaller.ResolveAsync(http.User, roles, cancellationToken);
        if (caller is null)
        {
            return ApiResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", ApiTexts.NoIdentity(culture));
        }

        var result = await partners.GetAsync(caller, cancellationToken);
        return result.IsOk ? ApiResults.Json(result.Value!) : ApiResults.From(result, culture);
    }

    private static async Task<IResult> PutAsync(HttpContext http, IPartnerIdentityService partners, IClaimsRoleResolver roles, CancellationToken cancellationToken)
    {
        var culture = ApiCulture.From(http.Request);
        var caller = await ApiCaller.ResolveAsync(http.User, roles, cancellationToken);
        if (caller is null)
        {
            return ApiResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", ApiTexts.NoIdentity(culture));
        }

        PartnerIdentityInput? input;
        try
        {
            input = await http.Request.ReadFromJsonAsync<PartnerIdentityInput>(ApiJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            input = null;
        }

        if (input is null)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, "BadBody", ApiTexts.BadRequestBody(culture));
        }

        var result = await partners.SetAsync(caller, input.LegalNames ?? [], input.TaxIds ?? [], cancellationToken);
        return result.IsOk ? ApiResults.Json(result.Value!) : ApiResults.From(result, culture);
    }
}

/// <summary>The body of <c>PUT /api/tab/partner</c>.</summary>
internal sealed record PartnerIdentityInput(IReadOnlyList<string>? LegalNames, IReadOnlyList<string>? TaxIds);
