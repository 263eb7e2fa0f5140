using System.Text.Json;
using CoopAssistant.Bot.BrowserApi;

using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.AddIn.Outcomes;

/// <summary>Body of <c>POST /api/addin/claims/{id}/outcomes</c>: what a Partner Center email says (approved with the amount,
/// rejected with the reason, a dispute, paid with the amount), the date, and the email's link and received time for the history.</summary>
public sealed record OutcomeInput(ClaimStatus? Status, DateOnly? On, decimal? Amount, string? Reason, string? EmailLink, DateTimeOffset? EmailDate);

/// <summary>The answer (201): the claim's new status and version.</summary>
public sealed record RecordedOutcome(Guid ClaimId, ClaimStatus Status, long Version);

/// <summary><c>POST /api/addin/claims/{id}/outcomes</c>: records a Partner Center outcome from an email through
/// <see cref="IClaimService.RecordOutcomeAsync"/>; the email's link (https only) and date go on the history entry.</summary>
internal static class RecordOutcome
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/claims/{claimId:guid}/outcomes", HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        Guid claimId, HttpContext http, IClaimService claims, ClaimConflictRetry retry, IClaimsRoleResolver roles, ClaimClock clock, CancellationToken cancellationToken)
    {
        var culture = ApiCulture.From(http.Request);
        var caller = await ApiCaller.ResolveAsync(http.User, roles, cancellationToken);
        if (caller is null)
        {
            return ApiResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", ApiTexts.NoIdentity(culture));
        }

        OutcomeInput? input;
        try
        {
            input = await http.Request.ReadFromJsonAsync<OutcomeInput>(ApiJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            input = null;
        }

        Uri? link = null;
        if (input?.EmailLink is { Length: > 0 } text
            && (!Uri.TryCreate(text, UriKind.Absolute, out link) || link.Scheme != Uri.UriSchemeHttps || text.Length > 2048))
        {
            input = null;
        }

        if (input is not { Status: { } status } || !ClaimStatusGroups.IsPartnerCenterOutcome(status))
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, "BadBody", ApiTexts.BadRequestBody(culture));
        }

        var zone = await clock.ZoneAsync(caller.TenantId, caller.UserObjectId, cancellationToken);
        var outcome = new PartnerCenterOutcome(status, input.On ?? clock.Today(zone), input.Amount, input.Reason, link, input.EmailDate);
        var result = await retry.RunAsync(
            caller, claimId, read: null, (current, ct) => claims.RecordOutcomeAsync(caller, claimId, current.Version, outcome, zone, ct), cancellationToken);
        return result is { IsOk: true, Value: { } claim }
            ? ApiResults.Json(new RecordedOutcome(claim.Id, claim.Status, claim.Version), StatusCodes.Status201Created)
            : ApiResults.From(result, culture);
    }
}
