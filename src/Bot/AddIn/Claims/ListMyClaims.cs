using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.AddIn.Claims;

/// <summary><c>GET /api/addin/claims</c>: the caller's own claims that are not final (paid, expired), most urgent first: open
/// claims take evidence and documentation requests; submitted, approved, rejected and disputed ones take Partner Center's outcomes.</summary>
internal static class ListMyClaims
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/claims", HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpContext http, IClaimService claims, IClaimsRoleResolver roles, IOptions<AddInOptions> options, CancellationToken cancellationToken)
    {
        var culture = ApiCulture.From(http.Request);
        var caller = await ApiCaller.ResolveAsync(http.User, roles, cancellationToken);
        if (caller is null)
        {
            return ApiResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", ApiTexts.NoIdentity(culture));
        }

        // Ask for more than shown: closed claims are filtered out here.
        var mine = await claims.ListMineAsync(caller, options.Value.MaxClaims * 4, cancellationToken);
        var open = mine
            .Where(c => !ClaimStatusGroups.IsFinal(c.Status))
            .Take(options.Value.MaxClaims)
            .Select(c => new AddInClaim(
                c.Id, ClaimNumber.For(c.Id), c.Title, c.Status, ClaimTexts.WithPartnerCenterName(c.Status, culture), c.Deadline, c.UrgencyDate,
                c.Amount, c.Currency, c.Version, ClaimLifecycle.IsEditable(c.Status),
                c.Status is ClaimStatus.Submitted or ClaimStatus.AdditionalDocumentationRequested)
            {
                Outcomes = [.. ClaimLifecycle.AllowedTargets(c.Status).Where(ClaimStatusGroups.IsPartnerCenterOutcome)],
                Caps = c.ActivityType is { } type ? CapNotes.For(type, c.Currency, c.HasFund, culture) : [],
            })
            .ToList();
        var kinds = Enum.GetValues<EvidenceKind>().Select(k => new AddInEvidenceKind(k.ToString(), ClaimTexts.For(k, culture))).ToList();
        return ApiResults.Json(new AddInClaimList(caller.DisplayName, open, kinds));
    }
}
